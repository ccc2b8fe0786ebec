# A few more (166-172): a reply to the robot's help mail, a group with a
# missing address, an English disclaimer under Dutch text, a waiting-list
# withdrawal in English, an organiser approval with a quoted conditional
# mail, a cancellation for a colleague without code, an HTML-only Gmail
# group registration.
from lib import *  # noqa
from batch3_nonreg import plain, outlook, gmail  # noqa

plain(166, "reply-to-help-filled-form",
      "Cursist Honderdzevenendertig <c.137@voorbeeldbuurthuis.example.nl>",
      "Re: Aanmelden voor Almere: Sociale ambities in een groeiende stad",
      "Mon, 19 Apr 2010 10:00:00 +0200",
      """Naam: Cursist Honderdzevenendertig
Organisatie: Stichting Voorbeeld Buurthuis
E-mail: c.137@voorbeeldbuurthuis.example.nl
Functie: beheerder buurthuis
Telefoon: 036-5313737
Factuuradres en kenmerk (voor organisaties): Stichting Voorbeeld Buurthuis, Voorbeeldsteeg 85, 1351 VW Almere

Op 16-04-10 15:20, deSTADSWIJKstudies Almere schreef:
> Beste heer/mevrouw,
>
> Dit adres neemt aanmeldingen aan voor de leergang
> "Almere: Sociale ambities in een groeiende stad".
> Aanmelden gaat door een mail met deze gegevens (per deelnemer):
>
>   Naam: ...
>   Organisatie: ...
>   E-mail: ...
>   Functie: ...
>   Telefoon: ...
>   Factuuradres en kenmerk (voor organisaties): ...
>
> Meldt u meer collega's aan? Zet dan per persoon dezelfde gegevens
> onder elkaar. Iedere deelnemer krijgt een eigen bevestiging.
""", X("A reply to the robot's help mail filling in its form above the quoted blank form; the quoted '...' lines carry nothing. The combined invoice line holds an address and no separate reference.",
       "register", "nl", people=1, persons=[dict(
           name="Cursist Honderdzevenendertig", email="c.137@voorbeeldbuurthuis.example.nl",
           organisation="Stichting Voorbeeld Buurthuis", role="beheerder buurthuis",
           phone="036-5313737",
           invoice_address="Stichting Voorbeeld Buurthuis, Voorbeeldsteeg 85, 1351 VW Almere")]),
      flowed=True, irt="<help.20100416@example.org>")

outlook(167, "nl-two-one-without-email",
        "Teamleider Honderdachtendertig <t.138@ggzvoorbeeld.example.nl>",
        "Aanmelding 2 personen GGZ Voorbeeld", "Tue, 20 Apr 2010 09:00:00 +0200",
        """Goedemorgen,

Graag meld ik mijzelf en een collega aan:

- Teamleider Honderdachtendertig, teamleider preventie, t.138@ggzvoorbeeld.example.nl
- Collega Honderdnegenendertig, ervaringsdeskundige (zij heeft nog geen mailadres bij ons, dat volgt)

Beiden GGZ Voorbeeld. Factuur: GGZ Voorbeeld, Postbus 6464, 1300 FF Almere.

Met vriendelijke groet,
Teamleider Honderdachtendertig
""", X("Two people, the second without an address yet: both are registered, the second's email is absent.",
       "register", "nl", people=2, persons=[
           dict(name="Teamleider Honderdachtendertig", email="t.138@ggzvoorbeeld.example.nl",
                organisation="GGZ Voorbeeld", role="teamleider preventie",
                invoice_address="GGZ Voorbeeld, Postbus 6464, 1300 FF Almere"),
           dict(name="Collega Honderdnegenendertig", organisation="GGZ Voorbeeld",
                role="ervaringsdeskundige",
                invoice_address="GGZ Voorbeeld, Postbus 6464, 1300 FF Almere")]))

outlook(168, "nl-register-english-disclaimer",
        "Deelnemer Honderdveertig <d.140@examplecare.example.com>",
        "Aanmelding leergang Almere", "Wed, 21 Apr 2010 14:00:00 +0200",
        """Beste organisatie,

Ik meld mij graag aan voor de leergang.

Naam: Deelnemer Honderdveertig
Organisatie: Example Care Foundation, vestiging Almere
Functie: wijkverpleegkundige
Telefoon: 036-5414040

Met vriendelijke groet,
Deelnemer Honderdveertig

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Example Care Foundation accepts no liability for any damage caused by this e-mail. Please register your complaints at complaints@examplecare.example.com.
""", X("A Dutch registration under an English legal disclaimer (whose 'register' is not a registration); language is Dutch.",
       "register", "nl", people=1, persons=[dict(
           name="Deelnemer Honderdveertig", email="d.140@examplecare.example.com",
           organisation="Example Care Foundation, vestiging Almere", role="wijkverpleegkundige",
           phone="036-5414040")]))

plain(169, "cancel-en-off-waitlist",
      "Participant Ninety-Nine <participant.99@examplecare.example.com>",
      "Re: Waiting list: Almere: Sociale ambities in een groeiende stad [RB3JX-5TGHW]",
      "Thu, 27 May 2010 09:00:00 +0200",
      """Hi,

Thanks, but please take me off the waiting list - I've found another course for this autumn.

Participant Ninety-Nine

On 19/05/2010 11:12, deSTADSWIJKstudies Almere wrote:
> Dear Participant Ninety-Nine,
>
> Thank you for registering for the course
> "Almere: Sociale ambities in een groeiende stad".
> All seats are taken at the moment. You are on the waiting list,
> at position 4.
>
> Your reference code is RB3JX-5TGHW.
""", X("English withdrawal from the waiting list, code in subject and quote.", "cancel", "en", code="RB3JX-5TGHW"),
      flowed=True)

outlook(170, "organiser-approves-conditional",
        "Secretariaat DMO <secretariaat@almere.nl>",
        "FW: leergang Almere", "Thu, 13 May 2010 09:00:00 +0200",
        """Akkoord van de leidinggevende is binnen, zie hieronder. Ik heb haar zelf al bevestigd; ter info voor het dossier.

Secretariaat

-----Oorspronkelijk bericht-----
Van: Collega Honderddertien [mailto:c.113@ggzvoorbeeld.example.nl]
Verzonden: dinsdag 6 april 2010 8:40
Aan: aanmelden@example.org
Onderwerp: leergang Almere

Goedemorgen,

Als mijn leidinggevende akkoord is, wil ik graag deelnemen. Kunt u mij alvast voorlopig op de lijst zetten? Ik verwacht eind van de week uitsluitsel.

Met vriendelijke groet,
Collega Honderddertien
preventiewerker GGZ Voorbeeld
""", X("The organiser forwards an earlier conditional mail 'ter info voor het dossier', saying she already handled it; it asks the robot for nothing, a person files it.",
       "human", "nl"))

plain(171, "cancel-nl-colleague-no-code",
      "Teamleider Eenenzeventig <t.71@welzijnvoorbeeldstad.example.nl>",
      "afmelding stagiaire", "Fri, 14 May 2010 16:00:00 +0200",
      """Hoi,

Onze stagiaire Deelnemer Zeventig (d.70@welzijnvoorbeeldstad.example.nl) is eerder gestopt met haar stage. Wil je haar afmelden voor de leergang? Ik heb haar code niet.

Groet,
Teamleider Eenenzeventig
""", X("A team lead cancels an intern she registered, without the code.", "cancel", "nl"))

html = """<div dir="ltr">Hallo,<div><br></div><div>Wij melden ons met z&#39;n tweeën aan:</div><div><br></div>
<div><b>Deelnemer Honderdeenenveertig</b> - buurtbemiddelaar - <a href="mailto:d.141@voorbeeldbemiddeling.example.nl">d.141@voorbeeldbemiddeling.example.nl</a></div>
<div><b>Deelnemer Honderdtweeënveertig</b> - coördinator - <a href="mailto:d.142@voorbeeldbemiddeling.example.nl">d.142@voorbeeldbemiddeling.example.nl</a></div>
<div><br></div><div>Organisatie: Buurtbemiddeling Voorbeeld</div><div>Factuur: Buurtbemiddeling Voorbeeld, Voorbeeldgracht 14, 1315 AB Almere</div>
<div><br></div><div>Groetjes,</div><div>Deelnemer Honderdtweeënveertig</div></div>
"""
m = single(html_part(html))
headers(m, "Deelnemer Honderdtweeënveertig <d.142@voorbeeldbemiddeling.example.nl>",
        "aanmelding", "Fri, 14 May 2010 20:20:00 +0200",
        mid="<AANLkTi172abcdef@mail.voorbeeldbemiddeling.example.nl>")
inv = "Buurtbemiddeling Voorbeeld, Voorbeeldgracht 14, 1315 AB Almere"
add(172, "gmail-html-only-two", m, X(
    "HTML-only webmail registration of two people, organisation and invoice stated once.",
    "register", "nl", people=2, persons=[
        dict(name="Deelnemer Honderdeenenveertig", email="d.141@voorbeeldbemiddeling.example.nl",
             organisation="Buurtbemiddeling Voorbeeld", role="buurtbemiddelaar", invoice_address=inv),
        dict(name="Deelnemer Honderdtweeënveertig", email="d.142@voorbeeldbemiddeling.example.nl",
             organisation="Buurtbemiddeling Voorbeeld", role="coördinator", invoice_address=inv)]))
