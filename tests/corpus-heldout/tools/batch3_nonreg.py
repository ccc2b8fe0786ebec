# Mail that must NOT register anyone, part 1 (065-107): questions,
# hesitant and conditional mail, declines, vendors, other events, the
# organiser's own mail, cancellation questions, corrections.
from lib import *  # noqa


def dom(frm):
    return frm.split("@")[-1].rstrip(">").strip()


def plain(num, slug, frm, subj, date, body, expect, cte="8bit", charset="utf-8",
          flowed=False, mid=None, **kw):
    m = single(text_part(body, charset=charset, cte=cte, flowed=flowed))
    headers(m, frm, subj, date, mid=mid or "<%03d.%s@%s>" % (num, slug, dom(frm)), **kw)
    add(num, slug, m, expect)


def outlook(num, slug, frm, subj, date, body, expect, lang="NL", mid=None, **kw):
    m = alt(body, html_outlook(body, lang), charset="windows-1252")
    extra = kw.pop("extra", []) + [("X-Mailer", "Microsoft Office Outlook 12.0")]
    headers(m, frm, subj, date, mid=mid or "<%03dA1B2C3D4E5F6@%s>" % (num, dom(frm)),
            extra=extra, **kw)
    add(num, slug, m, expect)


def gmail(num, slug, frm, subj, date, body, expect, mid=None, **kw):
    m = alt(body, html_gmail(body))
    headers(m, frm, subj, date, mid=mid or "<AANLkTi%03d%s@mail.%s>" % (num, slug[:6], dom(frm)), **kw)
    add(num, slug, m, expect)


plain(65, "q-nl-nog-plek-of-vol",
      "Deelnemer Honderdvier <d.104@stichtingvoorbeeld.example.nl>",
      "Vraag over aanmelden", "Mon, 22 Mar 2010 09:30:00 +0100",
      """Goedemorgen,

Kan ik me nog aanmelden, of is het al vol? Ik twijfel nog of ik alle vier de dagen kan, dus ik wil eerst weten of het zin heeft.

Groet,
Deelnemer Honderdvier
""", X("Asks whether registering is still possible before deciding; registers nobody.", "question", "nl", q="yes"))

gmail(66, "q-en-still-open-unsure",
      "Participant Hundred-Five <participant.105@example.com>",
      "Is registration still open?", "Tue, 23 Mar 2010 19:02:00 +0100",
      """Hi,

Is registration still open? I'm not sure I can make it to all four days yet, my schedule for the autumn isn't fixed.

Cheers,
Participant Hundred-Five
""", X("Asks if registration is open and says she is unsure she can come; not a registration.", "question", "en", q="yes"))

outlook(67, "q-nl-hoeveel-plekken",
        "\"Honderdzes, Medewerker\" <m.106@zorggroepvoorbeeld.example.nl>",
        "plekken leergang", "Wed, 24 Mar 2010 11:00:00 +0100",
        """Hallo,

Hoeveel plekken zijn er nog? Wij overwegen met vier mensen te komen, maar ik hoorde dat er een maximum per organisatie is.

Met vriendelijke groet,

Medewerker Honderdzes
Zorggroep Voorbeeld
""", X("Asks how many seats are left and about the per-organisation cap; nobody registered yet.", "question", "nl", q="yes"))

plain(68, "help-en-register-team",
      "Team Manager Hundred-Seven <tm.107@exampleyouth.example.com>",
      "how do I register my team?", "Thu, 25 Mar 2010 08:15:00 +0100",
      """Hello,

how do I register my team? There are five of us. Is there a form, or do you need a separate mail per person?

Thanks,
Team Manager Hundred-Seven
""", X("Asks how to register a team: the robot's instructions answer it; nobody is registered yet.", "help", "en"))

plain(69, "help-nl-programma-opsturen",
      "Cursist Honderdacht <c.108@voorbeeldonderwijs.example.nl>",
      "programma?", "Fri, 26 Mar 2010 14:44:00 +0100",
      """Beste,

Zou u mij het programma van de leergang kunnen sturen? Dan kan ik het met mijn leidinggevende bespreken.

Met vriendelijke groet,
Cursist Honderdacht
""", X("Asks for the programme to discuss with a manager; the robot's information mail answers it.", "help", "nl"))

plain(70, "q-nl-parkeren",
      "Deelnemer Honderdnegen <d.109@voorbeeldwelzijn.example.nl>",
      "Parkeren bij De Nieuwe Bibliotheek", "Mon, 29 Mar 2010 10:00:00 +0200",
      """Beste organisatie,

Ik ben al aangemeld. Weet u of er in de parkeergarage bij het Stadhuis plek is en wat dat kost voor een hele dag? Of krijgen deelnemers een uitrijkaart?

Groet,
Deelnemer Honderdnegen
""", X("A practical question about parking from someone already registered; no code, no registration.", "question", "nl", q="yes"))

outlook(71, "q-nl-accreditatie",
        "Maatschappelijk Werker Honderdtien <mw.110@meevoorbeeld.example.nl>",
        "Accreditatie?", "Tue, 30 Mar 2010 13:20:00 +0200",
        """Goedemiddag,

Is de leergang geaccrediteerd voor het beroepsregister (registerpunten voor maatschappelijk werkers)? Zo ja, hoeveel punten? Dat bepaalt of ik mij aanmeld.

Vriendelijke groet,
Maatschappelijk Werker Honderdtien
MEE Voorbeeld
""", X("Asks about accreditation points before deciding to register.", "question", "nl", q="yes"))

plain(72, "q-nl-factuur-hoofdkantoor",
      "Administratie Voorbeeld Wonen <crediteuren@voorbeeldwonen.example.nl>",
      "Factuur leergang", "Wed, 31 Mar 2010 09:05:00 +0200",
      """Geachte heer/mevrouw,

Twee collega's van ons hebben zich aangemeld voor uw leergang. Kunt u de facturen naar ons hoofdkantoor sturen in plaats van naar de afdeling? En moet er een inkoopordernummer op, of is ons kenmerk voldoende?

Met vriendelijke groet,
Crediteurenadministratie
Voorbeeld Wonen
""", X("An invoice question from accounts about existing registrations; it names nobody and changes nothing by itself.", "question", "nl", q="yes"))

plain(73, "q-en-vat",
      "Finance Hundred-Eleven <finance@examplefoundation.example.org>",
      "Course fee - VAT?", "Thu, 1 Apr 2010 10:10:00 +0200",
      """Dear Sir/Madam,

Before we register anyone: is the fee of EUR 1,000 per participant exempt from VAT (education), or will 19% be added?

Kind regards,
Finance Hundred-Eleven
Example Foundation for Social Inclusion
""", X("A VAT question sent before registering anyone.", "question", "en", q="yes"))

plain(74, "cond-nl-eerst-toestemming",
      "Deelnemer Honderdtwaalf <d.112@buurtwerknoord.example.nl>",
      "Aanmelding leergang", "Fri, 2 Apr 2010 15:00:00 +0200",
      """Beste,

Ik wil me graag aanmelden maar moet eerst toestemming vragen aan mijn leidinggevende, die is tot volgende week met vakantie. Ik mail u zodra ik het weet.

Alvast mijn gegevens:
Deelnemer Honderdtwaalf
opbouwwerker, Buurtwerk Noord (voorbeeld)
06-12345712

Groet
""", X("Conditional: she will register after approval and says she will mail again; the details are given but no registration is wanted yet.", "human", "nl"))

outlook(75, "cond-nl-als-leidinggevende-akkoord",
        "Collega Honderddertien <c.113@ggzvoorbeeld.example.nl>",
        "leergang Almere", "Tue, 6 Apr 2010 08:40:00 +0200",
        """Goedemorgen,

Als mijn leidinggevende akkoord is, wil ik graag deelnemen. Kunt u mij alvast voorlopig op de lijst zetten? Ik verwacht eind van de week uitsluitsel.

Met vriendelijke groet,
Collega Honderddertien
preventiewerker GGZ Voorbeeld
""", X("Asks for a provisional place pending approval; that is the organiser's decision, not a registration.", "human", "nl", q="yes"))

plain(76, "cond-en-let-you-know",
      "Participant Hundred-Fourteen <p114@examplehousing.example.com>",
      "Re: Almere course", "Wed, 7 Apr 2010 17:30:00 +0200",
      """Thanks for the information. I'm interested but I'll let you know next week whether I can register - our budget round closes on Friday.

Best,
Participant Hundred-Fourteen
""", X("Interested but explicitly defers: 'I'll let you know next week'; nothing to register.", "human", "en"))

plain(77, "q-nl-plek-reserveren",
      "Cursist Honderdvijftien <c.115@stichtingvoorbeeld.example.nl>",
      "Plaats vasthouden?", "Thu, 8 Apr 2010 12:00:00 +0200",
      """Hallo,

Kunt u alvast een plaats voor mij reserveren? Vrijdag hoor ik of ons opleidingsbudget rond is, dan meld ik me definitief aan.

Groet,
Cursist Honderdvijftien
Stichting Voorbeeld
""", X("Asks to hold a seat until the budget is known; a question, not a registration.", "question", "nl", q="yes"))

outlook(78, "decline-nl-helaas",
        "Directeur Honderdzestien <dir.116@vluchtelingenwerkvoorbeeld.example.nl>",
        "RE: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
        "Fri, 9 Apr 2010 10:00:00 +0200",
        """Beste secretariaat,

Dank voor de uitnodiging. Helaas kan ik niet deelnemen; de data vallen samen met onze regionale overleggen. Ik wens u een inspirerende leergang.

Met vriendelijke groet,
Directeur Honderdzestien
Vluchtelingenwerk Voorbeeld

Van: Secretariaat DMO [mailto:secretariaat@almere.nl]
Verzonden: maandag 3 mei 2010 16:00
Aan: Directeur Honderdzestien
Onderwerp: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad

Geachte relatie,

De gemeente Almere organiseert samen met deSTADSWIJKstudies de leergang "Almere: Sociale ambities in een groeiende stad". U kunt zich aanmelden door een mail te sturen naar aanmelden@example.org.
""", X("A polite decline of the invitation; nobody is registered, nothing to cancel, the organiser may want to know.", "human", "nl"))

plain(79, "decline-en-cannot-attend",
      "Participant Hundred-Seventeen <p117@examplecare.example.com>",
      "Re: Invitation Almere course", "Mon, 12 Apr 2010 09:00:00 +0200",
      """Dear organisers,

Thank you for the invitation. Unfortunately I won't be able to attend this year. Please keep me informed about future programmes.

Kind regards,
Participant Hundred-Seventeen
""", X("An English decline of the invitation; registers and cancels nothing.", "human", "en"))

plain(80, "decline-nl-organisatie-doet-niet-mee",
      "Bestuurder Honderdachttien <bestuur@voorbeeldbuurthuis.example.nl>",
      "deelname leergang", "Tue, 13 Apr 2010 14:00:00 +0200",
      """Geachte mevrouw,

Namens Stichting Voorbeeld Buurthuis laat ik u weten dat wij dit jaar niet deelnemen aan de leergang. Gezien de bezuinigingen kunnen wij de bijdrage niet opbrengen. Mocht er een regeling voor kleine organisaties komen, dan horen wij dat graag.

Met vriendelijke groet,
Bestuurder Honderdachttien
""", X("An organisation declines for budget reasons and hints at a reduction; for the organiser, not a registration.", "human", "nl"))

outlook(81, "vendor-nl-catering",
        "Accountmanager Honderdnegentien <verkoop@cateringvoorbeeld.example.com>",
        "Catering voor uw leergang?", "Wed, 14 Apr 2010 11:30:00 +0200",
        """Geachte organisator,

Wij zagen dat u in juni een leergang organiseert in De Nieuwe Bibliotheek. Cateringbedrijf Voorbeeld verzorgt graag de lunch voor uw zestig deelnemers: biologisch, lokaal en met vegetarische en halal opties. Aanmelden voor een gratis proeverij kan via deze mail.

Met smakelijke groet,
Accountmanager Honderdnegentien
Cateringbedrijf Voorbeeld
""", X("A personal sales mail from a caterer; it uses 'aanmelden' but registers nobody; a person decides whether to answer.", "human", "nl"))

plain(82, "vendor-en-room-booking",
      "Events Team <events@conferencecentre.example.com>",
      "Venue for your autumn sessions", "Thu, 15 Apr 2010 16:00:00 +0200",
      """Dear organiser,

We noticed your programme in Almere. Our conference centre offers day packages from EUR 39 per person, including lunch. We would be happy to host your sessions in September and November. Shall I send a quote?

Kind regards,
Sales Manager Hundred-Twenty
Conference Centre Example
""", X("A sales offer for a venue, written personally; not registration mail.", "human", "en"))

plain(83, "other-course-nl-verkeerde-adres",
      "Deelnemer Honderdeenentwintig <d.121@voorbeeldwelzijn.example.nl>",
      "Aanmelding training Gespreksvoering 14 april", "Fri, 16 Apr 2010 08:30:00 +0200",
      """Beste,

Hierbij meld ik mij aan voor de training Motiverende Gespreksvoering op 14 april in Lelystad.

Naam: Deelnemer Honderdeenentwintig
Organisatie: Stichting Voorbeeld Welzijn

Groet
""", X("A registration for a different training (another date and place) sent to this address by mistake; must not register for this course.", "human", "nl"))

plain(84, "other-event-en-symposium-speaker",
      "Programme Committee <symposium@universityexample.example.edu>",
      "Invitation to speak: Symposium on New Towns", "Mon, 19 Apr 2010 10:00:00 +0200",
      """Dear colleagues of deSTADSWIJKstudies,

We are organising a symposium on new towns in October and would like to invite one of your speakers to present. Registration for the symposium opens next month. Could you let us know who would be the right contact?

With kind regards,
Programme Committee, Symposium on New Towns
""", X("About a different event (a symposium), asking for a contact; not a registration for this course.", "question", "en", q="yes"))

outlook(85, "organiser-answer-parking",
        "Secretariaat DMO <secretariaat@almere.nl>",
        "RE: [regbot] Voor het secretariaat: Parkeren bij De Nieuwe Bibliotheek",
        "Tue, 30 Mar 2010 09:00:00 +0200",
        """Beste Deelnemer Honderdnegen,

Deelnemers kunnen parkeren in garage Stadhuisplein; bij de receptie krijgt u een uitrijkaart. Tot 1 juni!

Met vriendelijke groet,
Programmasecretariaat DMO
Gemeente Almere

-----Oorspronkelijk bericht-----
Van: regbot [mailto:aanmelden@example.org]
Verzonden: maandag 29 maart 2010 10:00
Aan: Secretariaat DMO
Onderwerp: [regbot] Voor het secretariaat: Parkeren bij De Nieuwe Bibliotheek

Dit bericht vraagt om een mens (vraag).

Van: Deelnemer Honderdnegen <d.109@voorbeeldwelzijn.example.nl>
Onderwerp: Parkeren bij De Nieuwe Bibliotheek
""", X("The organiser answers a forwarded question and copies the robot; the participant named is not being registered.", "human", "nl"),
        cc="Deelnemer Honderdnegen <d.109@voorbeeldwelzijn.example.nl>")

plain(86, "organiser-reply-to-digest",
      "Secretariaat DMO <secretariaat@almere.nl>",
      "Re: Dagoverzicht 2010-05-12: 47 bevestigd, 13 vrij, 2 wachtend; 2 voor u",
      "Wed, 12 May 2010 09:14:00 +0200",
      """Graag Collega Honderddertien bevestigen (akkoord leidinggevende is binnen), en Deelnemer Honderdtwaalf graag afmelden, die doet toch niet mee.

Secretariaat

> VOOR U (een mens is nodig)
>   Berichten voor een mens (2, doorgestuurd):
>     - 2010-04-06 08:40 van c.113@ggzvoorbeeld.example.nl: "leergang Almere" (voorwaardelijk)
>     - 2010-04-02 15:00 van d.112@buurtwerknoord.example.nl: "Aanmelding leergang" (voorwaardelijk)
>
> PER ORGANISATIE
>   Buurtwerk Noord (voorbeeld): 3 deelnemer(s), verschuldigd EUR 3.000,00
>     - Participant Achttien [PW8RD-3KTFV]: bevestigd, EUR 1.000,00
>     - Participant Negentien [P6YDW-4NHQC]: bevestigd, EUR 1.000,00
>     - Medewerker Vier [HK4WP-7NDZQ]: bevestigd, EUR 1.000,00
>
> --
> regbot, de aanmeldrobot van Almere: Sociale ambities in een groeiende stad
""", X("The organiser's instructions in reply to the digest ('graag X bevestigen, Y afmelden'): a person must act on them; the quoted digest holds other people's codes, none of which is the subject.",
       "human", "nl"),
      flowed=True, irt="<digest.2010-05-12@example.org>",
      extra=[("User-Agent", "Mozilla/5.0 (Windows; U; Windows NT 5.1; nl) Thunderbird/3.0.4")])

plain(87, "cancel-q-nl-stel-ziek",
      "Cursist Honderdtweeëntwintig <c.122@voorbeeldjeugd.example.nl>",
      "Vraag over afmelden", "Thu, 15 Apr 2010 20:00:00 +0200",
      """Beste,

Ik overweeg me aan te melden. Stel dat ik ziek word, kan ik dan kosteloos afmelden, of moet de organisatie dan toch betalen?

Groet,
Cursist Honderdtweeëntwintig
""", X("A hypothetical question about cancelling; neither a registration nor a cancellation.", "question", "nl", q="yes"))

plain(88, "cancel-q-en-do-not-cancel",
      "Participant Thirty-Six <participant.36@ggdvoorbeeldregio.example.nl>",
      "Re: Reminder: day 2 of Almere: Sociale ambities in een groeiende stad, 23 September [H5BLP-Q2YWC]",
      "Thu, 16 Sep 2010 10:00:00 +0200",
      """Hello,

A colleague who manages my inbox replied "cancel" to your reminder by mistake this morning. Please do NOT cancel my registration - I am definitely coming on the 23rd and to the other days. My code is H5BLP-Q2YWC.

If the cancellation has already gone through, could you please restore my seat?

Thank you,
Participant Thirty-Six
""", X("Asks NOT to cancel and to undo an accidental cancellation: a person must check; the word 'cancel' is not a request to cancel.",
       "human", "en", code="H5BLP-Q2YWC", q="yes"))

plain(89, "cancel-q-nl-kosten-na-deadline",
      "Deelnemer Een <deelnemer.een@stichtingvoorbeeld.example.nl>",
      "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [82MRZ-KQF3J]",
      "Mon, 17 May 2010 16:00:00 +0200",
      """Beste,

Wat zijn de kosten als ik me na 18 mei zou moeten afmelden? Het is nog niet zeker, maar mijn project loopt mogelijk uit. Ik meld me nu nog niet af.

Groet,
Deelnemer Een
""", X("Asks what a late cancellation would cost and says she is not cancelling now; code in the subject.",
       "question", "nl", code="82MRZ-KQF3J", q="yes"), flowed=True)

plain(90, "correction-nl-no-code",
      "Deelnemer Vijftig <d.vijftig@ggdvoorbeeldregio.example.nl>",
      "Correctie aanmelding", "Thu, 15 Apr 2010 09:00:00 +0200",
      """Beste,

Gisteren heb ik mij aangemeld, maar ik zie dat ik mijn functie verkeerd heb doorgegeven: het moet zijn jeugdarts KNMG, niet alleen jeugdarts. Zou u dat willen aanpassen?

Groet,
Deelnemer Vijftig
""", X("A correction of her own details without a code; a person updates the record.", "human", "nl"))

outlook(91, "correction-nl-with-code",
        "Collega Drie <c.drie@zorggroepvoorbeeld.example.nl>",
        "RE: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [7HQ4N-WX2PD]",
        "Fri, 12 Mar 2010 10:00:00 +0100",
        """Goedemorgen,

Dank voor de bevestiging. Eén correctie: mijn functie is sinds deze maand "manager Maatschappelijk Werk" en het factuurkenmerk moet zijn kostenplaats 4411 in plaats van 4410.

Met vriendelijke groet,
Collega Drie

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: woensdag 10 maart 2010 8:48
Aan: Drie, Collega
Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [7HQ4N-WX2PD]

Beste Collega Drie,

U bent aangemeld voor de leergang
"Almere: Sociale ambities in een groeiende stad".
Uw plaats is bevestigd.

Uw referentiecode is 7HQ4N-WX2PD. Bewaar deze mail: met deze code kunt
u zich afmelden of een collega in uw plaats sturen.
""", X("A correction of role and invoice reference in reply to the confirmation, code present; corrections are for a person.",
       "human", "nl", code="7HQ4N-WX2PD"))

plain(92, "correction-en-invoice-with-code",
      "Participant Two <p.two@welzijnvoorbeeldstad.example.nl>",
      "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [K3TB9-ZRM5E]",
      "Wed, 10 Mar 2010 12:00:00 +0100",
      """Hello,

Our finance department asks that the invoice go to Welzijn Voorbeeldstad, Financial Administration, Postbus 77, 1300 JJ Almere, with reference WV-2010-002. Could you change that for my registration (K3TB9-ZRM5E)?

Thanks,
Participant Two

On 9 Mar 2010, at 21:04, deSTADSWIJKstudies Almere wrote:

> Dear Participant Two,
>
> You are registered for the course
> "Almere: Sociale ambities in een groeiende stad".
> Your seat is confirmed.
""", X("A correction of the invoice address with the code: intent human (corrections are handled by a person).",
       "human", "en", code="K3TB9-ZRM5E"), cte="quoted-printable",
      extra=[("X-Mailer", "Apple Mail (2.1077)")])

gmail(93, "correction-nl-new-email-no-code",
      "Cursist Zesentachtig <cursist86@gmail.example.com>",
      "nieuw mailadres", "Mon, 17 May 2010 08:00:00 +0200",
      """Hallo,

Mijn werkmail (c.86@voorbeeldjeugd.example.nl) verandert per 1 juni. Wilt u de herinneringen voortaan naar dit gmailadres sturen? Ik sta aangemeld voor de leergang.

Groet,
Cursist Zesentachtig
""", X("A change of address without the code, from another address: a person must verify it.", "human", "nl"))

plain(94, "q-nl-certificaat",
      "Deelnemer Honderddrieëntwintig <d.123@voorbeeldonderwijs.example.nl>",
      "certificaat", "Tue, 20 Apr 2010 13:00:00 +0200",
      """Goedemiddag,

Krijgen deelnemers na afloop een certificaat of bewijs van deelname? Dat heb ik nodig voor mijn registratie als docent.

Met vriendelijke groet,
Deelnemer Honderddrieëntwintig
""", X("A question about a certificate.", "question", "nl", q="yes"))

plain(95, "q-en-wheelchair",
      "Participant Hundred-Twenty-Four <p124@examplefoundation.example.org>",
      "Accessibility", "Wed, 21 Apr 2010 09:45:00 +0200",
      """Dear organisers,

I use a wheelchair. Is the 4th floor of the library accessible by lift, and is there an accessible toilet? I'd like to know before I sign up.

Thank you,
Participant Hundred-Twenty-Four
""", X("An accessibility question before signing up.", "question", "en", q="yes"))

outlook(96, "q-nl-vier-van-een-organisatie",
        "Manager Honderdvijfentwintig <m.125@voorbeeldwelzijn.example.nl>",
        "Vraag: aantal plaatsen per organisatie", "Thu, 22 Apr 2010 10:30:00 +0200",
        """Beste,

Mogen we met vier mensen van dezelfde organisatie komen, of is drie het maximum? Ik wil niemand aanmelden die straks op een wachtlijst komt.

Groet,
Manager Honderdvijfentwintig
Stichting Voorbeeld Welzijn
""", X("Asks about the per-organisation maximum; registers nobody yet.", "question", "nl", q="yes"))

plain(97, "q-nl-een-dag",
      "Cursist Honderdzesentwintig <c.126@voorbeeldmantelzorg.example.nl>",
      "Losse dag?", "Fri, 23 Apr 2010 15:15:00 +0200",
      """Hoi,

Kun je je ook voor één dag aanmelden? Alleen dag 3 (Wonen met en zonder zorgen) is echt relevant voor mijn werk. Wat kost dat dan?

Groet,
Cursist Honderdzesentwintig
""", X("Asks whether a single day can be booked; a question, not a registration.", "question", "nl", q="yes"))

outlook(98, "q-nl-gemeente-betalen",
        "Ambtenaar Honderdzevenentwintig <a127@almere.nl>",
        "betalen?", "Mon, 26 Apr 2010 08:50:00 +0200",
        """Hoi,

Ik werk bij de gemeente (team Participatie). Moet ik ook de bijdrage van 1.000 euro betalen, of valt dat onder de twintig plaatsen van de gemeente? En moet mijn afdelingshoofd mij aanmelden of kan ik dat zelf?

Groet,
Ambtenaar Honderdzevenentwintig
""", X("A municipal employee asks about fees and who should register her; she is not registering yet.", "question", "nl", q="yes"))

plain(99, "q-en-invoice-accounts-payable-code",
      "Participant Fifty-Three <participant.53@exampleyouth.example.com>",
      "Invoice - registration Y5GKE-8NPDR", "Wed, 2 Jun 2010 11:00:00 +0200",
      """Hello,

We received the invoice for my participation (reference Y5GKE-8NPDR) but it does not show our PO number EYS-0453, so accounts payable cannot process it. Could you send a corrected invoice?

Regards,
Participant Fifty-Three
""", X("An invoice question after registration, code given; a person handles invoices.", "question", "en", code="Y5GKE-8NPDR", q="yes"))

plain(100, "thanks-nl-reply-to-confirmation",
      "Aanmelder Acht <aanmelder.acht@vluchtelingenwerkvoorbeeld.example.nl>",
      "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [R2WQE-6GXHT]",
      "Thu, 18 Mar 2010 09:30:00 +0100",
      """Dank u wel voor de snelle bevestiging! Ik kijk ernaar uit.

Aanmelder Acht

Op 18-03-10 09:13, deSTADSWIJKstudies Almere schreef:
> Beste Aanmelder Acht,
>
> U bent aangemeld voor de leergang
> "Almere: Sociale ambities in een groeiende stad".
> Uw plaats is bevestigd.
>
> Uw referentiecode is R2WQE-6GXHT. Bewaar deze mail: met deze code kunt
> u zich afmelden of een collega in uw plaats sturen.
""", X("A thank-you reply to the confirmation; it asks nothing and changes nothing, so no robot action beyond noting it.",
       "human", "nl", code="R2WQE-6GXHT"), flowed=True)

plain(101, "q-nl-sheets-dag1-code",
      "Cursist Zeven <cursist.zeven@voorbeeldjeugd.example.nl>",
      "Re: Herinnering: dag 2 van Almere: Sociale ambities in een groeiende stad, 23 september [D7NZS-3KVMF]",
      "Thu, 16 Sep 2010 21:00:00 +0200",
      """Hoi,

Zijn de presentaties van dag 1 ergens te downloaden? Ik wil ze nog even teruglezen voor volgende week.

Verzonden vanaf mijn iPhone
""", X("A question in reply to a reminder; the code is in the subject; it is not a status request.", "question", "nl", code="D7NZS-3KVMF", q="yes"))

plain(102, "organiser-asks-list",
      "Secretariaat DMO <secretariaat@almere.nl>",
      "deelnemerslijst", "Fri, 28 May 2010 14:00:00 +0200",
      """Hallo,

Kun je mij een actuele deelnemerslijst sturen met organisaties en dieetwensen? De cateraar wil het uiterlijk dinsdag weten.

Secretariaat
""", X("The organiser writes to the robot's address asking for a list; a person (or the digest) handles it.", "human", "nl", q="yes"))

outlook(103, "colleague-fw-brochure-cc-robot",
        "Teamleider Honderdachtentwintig <t.128@voorbeeldwonen.example.nl>",
        "FW: Uitnodiging leergang Almere", "Tue, 4 May 2010 10:00:00 +0200",
        """Hoi Persoon Drieënveertig en Medewerker Tweeënveertig,

Is dit iets voor jullie? Laat maar weten, dan meld ik jullie aan. (Ik heb het aanmeldadres in cc gezet zodat ze weten dat er nog iets aankomt.)

Groet,
Teamleider Honderdachtentwintig

Van: Secretariaat DMO [mailto:secretariaat@almere.nl]
Verzonden: maandag 3 mei 2010 16:00
Onderwerp: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad

U kunt zich aanmelden door een mail te sturen naar aanmelden@example.org met uw naam, organisatie, functie en e-mailadres.
""", X("A team lead forwards the invitation to colleagues with the robot in cc, announcing a later registration; nobody is registered by this mail.", "human", "nl"),
        to="Persoon Drieënveertig <p.43@voorbeeldwonen.example.nl>, Medewerker Tweeënveertig <m.42@voorbeeldwonen.example.nl>",
        cc="aanmelden@example.org")

plain(104, "vendor-nl-zaalhuur-personal",
      "Verhuur Voorbeeldhuis <verhuur@voorbeeldhuis.example.nl>",
      "Zalen voor uw vervolgbijeenkomsten", "Wed, 5 May 2010 13:00:00 +0200",
      """Geachte heer/mevrouw,

Mocht de bibliotheek in het najaar niet beschikbaar zijn: het Voorbeeldhuis in Almere Haven heeft een zaal voor 60 personen. Ik stuur u graag een offerte.

Met vriendelijke groet,
Verhuurcoördinator Honderdnegenentwintig
""", X("A personal venue offer; not registration mail.", "human", "nl"))

plain(105, "q-en-language",
      "Participant Hundred-Thirty <p130@example.com>",
      "Language of the sessions", "Thu, 6 May 2010 18:00:00 +0200",
      """Hi,

Will the sessions be in English or Dutch? My Dutch is basic, so I'd only register if there is some English support.

Thanks,
Participant Hundred-Thirty
""", X("Asks about the language before deciding to register.", "question", "en", q="yes"))

plain(106, "day-absence-nl-code",
      "Deelnemer Veertien <d.veertien@welzijnvoorbeeldstad.example.nl>",
      "Re: Herinnering: dag 3 van Almere: Sociale ambities in een groeiende stad, 2 november [E6RKD-2TPXV]",
      "Tue, 26 Oct 2010 09:00:00 +0100",
      """Beste,

Op 2 november kan ik helaas niet aanwezig zijn (cursus elders). De laatste dag, 23 november, ben ik er gewoon weer bij. Afmelden voor de hele leergang is dus niet de bedoeling.

Groet,
Deelnemer Veertien
""", X("Reports absence for one day only and says explicitly she is not cancelling; the organiser notes it.",
       "human", "nl", code="E6RKD-2TPXV"), flowed=True)

plain(107, "q-nl-status-geen-bevestiging-geen-code",
      "Collega Vierendertig <c.vierendertig@stichtingvoorbeeld.example.nl>",
      "aanmelding gelukt?", "Tue, 6 Apr 2010 09:00:00 +0200",
      """Hallo,

Mijn collega heeft mij vorige week aangemeld, maar ik heb zelf nog niets ontvangen. Ben ik wel aangemeld?

Groet,
Collega Vierendertig
""", X("Asks whether she is registered, without a code: a status request the robot cannot answer safely without the code.", "status", "nl"))
