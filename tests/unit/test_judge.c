/* Unit tests: sentence moods and intent evidence (judge). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "judge.h"
#include "util.h"

static void
test_fold(void **state)
{
	(void)state;
	char *f = judge_fold("Aanm\xc3\xa9lding  ZO\xc3\x8b\tvoor\n"
			     "\xe2\x80\x99t Huis");
	assert_string_equal(f, "aanmelding zoe voor 't huis");
	free(f);
	f = judge_fold("\xff\xfe Bad UTF-8");
	assert_non_null(f);
	free(f);
	f = judge_fold(NULL);
	assert_string_equal(f, "");
	free(f);
}

static const struct {
	const char *s;
	enum judge_mood mood;
	enum judge_intent cue;
} sentences[] = {
    {"Hierbij meld ik mij aan voor de cursus.", JM_STATEMENT, JI_REGISTER},
    {"Graag meld ik mij aan, als dat nog kan.", JM_STATEMENT, JI_REGISTER},
    {"Kan ik me nog aanmelden, of is hij al vol?", JM_QUESTION, JI_REGISTER},
    {"Is registration still open?", JM_QUESTION, JI_REGISTER},
    {"I am not sure yet whether I can make it.", JM_HESITATION, JI_NONE},
    {"Is er parkeergelegenheid?", JM_QUESTION, JI_NONE},
    /* a registration named as where something is exists already */
    {"In mijn aanmelding van vorige week stond een verkeerd "
     "telefoonnummer.",
     JM_PAST, JI_REGISTER},
    {"Het factuuradres bij mijn aanmelding klopt niet meer.", JM_PAST,
     JI_REGISTER},
    /* a seat named alone is what a status question asks about; a
     * substitution has someone take it */
    {"Kunt u kijken of mijn plaats nog staat?", JM_REQUEST, JI_NONE},
    {"Mijn collega wil graag mijn plaats innemen.", JM_STATEMENT,
     JI_SUBSTITUTE},
    /* every negative contraction negates */
    {"Thanks for thinking of us, but we won't be registering anyone this "
     "year.",
     JM_NEGATION, JI_REGISTER},
    /* after words that ask, "if" / "of" opens what is asked: asked
     * indirectly, "am I registered" asks for the status as it does
     * directly */
    {"I want to know if I am registered for the course or still on the "
     "waiting list.",
     JM_QUESTION, JI_STATUS},
    {"I wonder if my registration went through.", JM_QUESTION, JI_REGISTER},
    {"If I register now, do I get a seat?", JM_CONDITION, JI_REGISTER},
    {"Afhankelijk daarvan meld ik mij aan.", JM_CONDITION, JI_REGISTER},
    {"Depending on the budget, I will register.", JM_CONDITION, JI_REGISTER},
    {"Hoeveel plaatsen zijn er nog?", JM_QUESTION, JI_NONE},
    {"Ik wil mij graag aanmelden maar moet eerst toestemming vragen.",
     JM_HESITATION, JI_REGISTER},
    {"Stel dat ik ziek word, kan ik dan kosteloos afmelden?", JM_CONDITION,
     JI_CANCEL},
    {"Please do not cancel my registration.", JM_NEGATION, JI_CANCEL},
    {"Ik wil mijn aanmelding niet annuleren.", JM_NEGATION, JI_CANCEL},
    {"Ik kan helaas niet meer deelnemen aan de cursus.", JM_STATEMENT,
     JI_CANCEL},
    {"I cannot attend the course after all.", JM_STATEMENT, JI_CANCEL},
    {"Haalt u mij maar van de wachtlijst af.", JM_STATEMENT, JI_CANCEL},
    {"Dank voor het bericht, maar ik zie af van de plaats.", JM_STATEMENT,
     JI_CANCEL},
    {"Ik kan helaas niet op dag 3.", JM_CONDITION, JI_CANCEL},
    {"Kunt u mij aanmelden voor de cursus?", JM_REQUEST, JI_REGISTER},
    {"Could you please register my colleague?", JM_REQUEST, JI_REGISTER},
    {"Kunt u mij het programma sturen?", JM_REQUEST, JI_NONE},
    {"Ik meld mij aan, kunt u de factuur naar ons sturen?", JM_STATEMENT,
     JI_REGISTER},
    {"Hoe meld ik mij aan?", JM_QUESTION, JI_HELP},
    {"Ja, ik doe graag mee.", JM_STATEMENT, JI_REGISTER},
    {"Wil jij mij aanmelden voor de leergang?", JM_REQUEST, JI_REGISTER},
    {"Please take me off the waiting list.", JM_STATEMENT, JI_CANCEL},
    /* a cancellation told to the reader, or as a rule for anyone, is
     * information (the robot's own confirmation, quoted without marks) */
    {"Bewaar deze mail: met deze code kunt u zich afmelden of een collega "
     "in uw plaats sturen.",
     JM_INVITATION, JI_CANCEL},
    {"Wie zich later afmeldt, blijft de bijdrage verschuldigd.", JM_CONDITION,
     JI_CANCEL},
    {"Whoever cancels after 18 May pays the fee.", JM_CONDITION, JI_CANCEL},
    {"With this code you can cancel or send a colleague in your place.",
     JM_INVITATION, JI_CANCEL},
    /* registrations that exist, as what something belongs to: no
     * request about registering (past: they exist), asking nothing */
    {"Graag voor 25 mei de gegevens van de aanmeldingen controleren.", JM_PAST,
     JI_REGISTER},
    {"Please check the details of the registrations before 25 May.", JM_PAST,
     JI_REGISTER},
    {"Hierbij de aanmelding van mijn collega.", JM_STATEMENT, JI_REGISTER},
    /* the writer's registration in some state: its status */
    {"Could you confirm that my registration (reference 7QJ3M-XK4PD) is "
     "still valid?",
     JM_REQUEST, JI_STATUS},
    {"Kunt u voor mij nagaan of mijn registratie voor de leergang nog in "
     "orde is?",
     JM_REQUEST, JI_STATUS},
    {"Is mijn inschrijving goed aangekomen?", JM_QUESTION, JI_STATUS},
    {"Kunt u mijn aanmelding verwerken?", JM_REQUEST, JI_REGISTER},
    {"Kunt u mijn aanmelding verwerken, want het is dringend?", JM_REQUEST,
     JI_REGISTER},
    /* two changes as alternatives: not chosen yet */
    {"I want to cancel or transfer my place.", JM_HESITATION, JI_SUBSTITUTE},
    {"Ik wil mij afmelden of anders een collega in mijn plaats sturen.",
     JM_HESITATION, JI_SUBSTITUTE},
    /* ... but the writer's own, or a named third person's, stays */
    {"Wilt u mij afmelden voor de leergang.", JM_STATEMENT, JI_CANCEL},
    {"U mag mijn aanmelding annuleren.", JM_STATEMENT, JI_CANCEL},
    {"Helaas moet mijn collega zich afmelden.", JM_STATEMENT, JI_CANCEL},
    {"Collega Jansen moet zich helaas afmelden.", JM_STATEMENT, JI_CANCEL},
    {"Wie van ons zich afmeldt, weet ik nog niet.", JM_HESITATION, JI_CANCEL},
    /* a stand-in for one day is not a substitution of the seat */
    {"Mijn collega gaat die ene dag in mijn plaats.", JM_CONDITION,
     JI_SUBSTITUTE},
    {"Ik wil mij ook graag aanmelden, met dezelfde factuurgegevens als zij.",
     JM_STATEMENT, JI_REGISTER},
    {"Net als mijn collega meld ik mij graag aan.", JM_STATEMENT, JI_REGISTER},
    {"I would love to join.", JM_STATEMENT, JI_REGISTER},
    /* a date in another clause is not the day of the cancellation */
    {"Ik moet mij helaas afmelden, ik ben per 1 juni overgeplaatst.",
     JM_STATEMENT, JI_CANCEL},
    {"Ik kan helaas niet op 2 juni, de rest van de dagen wel.", JM_CONDITION,
     JI_CANCEL},
    /* a separable verb's particle at the end of a long clause */
    {"Graag meld ik mijn collega Deelnemer Twee van het wijkteam aan.",
     JM_STATEMENT, JI_REGISTER},
    /* ... but not past the clause's end */
    {"Ik schrijf het programma over, dan kom ik aan het eind.", JM_STATEMENT,
     JI_NONE},
    {"Ben ik al ingeschreven?", JM_QUESTION, JI_STATUS},
    {"Sta ik nog ingeschreven?", JM_QUESTION, JI_STATUS},
    {"Am I still registered?", JM_QUESTION, JI_STATUS},
    {"Is mijn aanmelding goed binnengekomen?", JM_QUESTION, JI_STATUS},
    {"Sta ik nog steeds op plaats 3 van de wachtlijst?", JM_QUESTION,
     JI_STATUS},
    {"Mijn collega neemt mijn plaats in.", JM_STATEMENT, JI_SUBSTITUTE},
    {"Als mijn leidinggevende akkoord geeft, meld ik mij aan.", JM_CONDITION,
     JI_REGISTER},
    {"Ik werk als beleidsmedewerker en meld mij graag aan.", JM_STATEMENT,
     JI_REGISTER},
    {"Ik vroeg me af of aanmelden nog mogelijk is.", JM_QUESTION, JI_REGISTER},
    {"I'll let you know next week whether I will register.", JM_HESITATION,
     JI_REGISTER},
    {"I sent my registration last week.", JM_PAST, JI_REGISTER},
    {"It says I'm registered, which is right.", JM_PAST, JI_REGISTER},
    {"Hieronder het aanmeldformulier, ingevuld.", JM_STATEMENT, JI_REGISTER},
    {"Ondergetekende meldt zich aan voor de leergang.", JM_STATEMENT,
     JI_REGISTER},
    {"Please register your interest by sending me your full name.",
     JM_INVITATION, JI_REGISTER},
    {"I seek your consent to register you as next of kin.", JM_INVITATION,
     JI_REGISTER},
    {"I would like to attend your course in Almere.", JM_STATEMENT,
     JI_REGISTER},
    {"Unfortunately none of us can attend this year.", JM_NEGATION,
     JI_REGISTER},
    {"She's registered for the course already.", JM_PAST, JI_REGISTER},
    {"Ik heb mij vorige week al aangemeld.", JM_PAST, JI_REGISTER},
    {"Ik meld mij hierbij aan.", JM_STATEMENT, JI_REGISTER},
    {"help", JM_STATEMENT, JI_HELP},
    {"Bedankt voor de bevestiging van mijn aanmelding!", JM_PAST, JI_REGISTER},
    {"Meldt u zich nu aan voor onze workshop.", JM_INVITATION, JI_REGISTER},
    {"You can register for our webinar on our website.", JM_INVITATION,
     JI_REGISTER},
    {"Aanmelding voor de leergang.", JM_INVITATION, JI_REGISTER},
    {"Aanmelden kan via onze website.", JM_INVITATION, JI_REGISTER},
    {"Graag aanmelden voor de leergang.", JM_STATEMENT, JI_REGISTER},
    {"Mijn naam is verkeerd gespeld, het moet zijn Deelnemer Een.",
     JM_STATEMENT, JI_CORRECT},
    /* "how" before registering: asked about, not done */
    {"Could you tell me how to sign up?", JM_REQUEST, JI_HELP},
    {"Ik weet niet hoe ik mij moet aanmelden.", JM_HESITATION, JI_HELP},
    /* the registration word in another clause than the writer */
    {"The brochure says to contact the municipality for registration, and "
     "someone gave me this address.",
     JM_INVITATION, JI_REGISTER},
    {"Als beleidsmedewerker van Stichting X meld ik mij graag aan.",
     JM_STATEMENT, JI_REGISTER},
    /* a clause that opens with what must happen first */
    {"Once the budget is approved, I'd like to register.", JM_CONDITION,
     JI_REGISTER},
    {"After our meeting my director agreed, so I'm registering.", JM_STATEMENT,
     JI_REGISTER},
    /* the simple past */
    {"I registered on Monday and gave you an old phone number.", JM_PAST,
     JI_REGISTER},
    {"Zij meldde zich in maart aan.", JM_PAST, JI_REGISTER},
    {"I am registered for the course.", JM_PAST, JI_REGISTER},
    {"Hi, my manager registered me and three colleagues a week ago.", JM_PAST,
     JI_REGISTER},
    /* registering as the topic */
    {"Graag ontvang ik informatie over de inschrijving en de kosten.",
     JM_QUESTION, JI_REGISTER},
    /* "mogelijk" after a modal verb */
    {"Wij willen mogelijk vijf medewerkers laten deelnemen.", JM_HESITATION,
     JI_REGISTER},
    {"Ik meld mij aan, als dat nog mogelijk is.", JM_STATEMENT, JI_REGISTER},
    /* a confirmation promised for later */
    {"Als mijn manager akkoord geeft, stuur ik u een bevestiging.",
     JM_HESITATION, JI_NONE},
    {"I'll confirm by e-mail after the 20th.", JM_HESITATION, JI_NONE},
    {"Hierbij bevestig ik mijn deelname.", JM_STATEMENT, JI_NONE},
    /* a register word that names a thing: asked for, it is how to
     * register; told of, it is no cue; enclosed, it is the registration */
    {"Is er een aanmeldformulier dat ik moet invullen?", JM_QUESTION, JI_HELP},
    {"Could you please send me the programme and the registration form?",
     JM_REQUEST, JI_HELP},
    {"Ik zie nergens een aanmeldformulier.", JM_STATEMENT, JI_NONE},
    {"Ik heb het aanmeldadres in cc gezet.", JM_STATEMENT, JI_NONE},
    {"Hierbij het ingevulde aanmeldformulier.", JM_STATEMENT, JI_REGISTER},
    {"Ik meld mij aan voor de leergang.", JM_STATEMENT, JI_REGISTER},
    /* "zich opgeven", "take part" */
    {"Bij dezen geef ik mij op:", JM_STATEMENT, JI_REGISTER},
    {"Ik wil mij daar graag voor opgeven.", JM_STATEMENT, JI_REGISTER},
    {"Ik heb mij vorige week opgegeven.", JM_PAST, JI_REGISTER},
    {"Geef uw dieetwensen op.", JM_STATEMENT, JI_NONE},
    {"We would both like to take part in the course.", JM_STATEMENT,
     JI_REGISTER},
    /* "please register" with someone after it asks; without, invites */
    {"Please register Novice Eighty, one of our volunteers, for the "
     "course.",
     JM_STATEMENT, JI_REGISTER},
    {"Please register for our webinar today.", JM_INVITATION, JI_REGISTER},
    /* the reader's registration is the reader's matter */
    {"Om uw registratie te verlengen vragen wij u het bijgaande formulier "
     "in te vullen.",
     JM_INVITATION, JI_REGISTER},
    /* the writer's registration named as what a thing belongs to */
    {"I accidentally deleted the confirmation of my registration.", JM_PAST,
     JI_REGISTER},
};

static void
test_sentences(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
		enum judge_intent cue;
		enum judge_mood m = judge_sentence(sentences[i].s, &cue);
		if (m != sentences[i].mood || cue != sentences[i].cue)
			fail_msg("\"%s\": %s/%s, want %s/%s", sentences[i].s,
				 judge_mood_name(m), judge_intent_name(cue),
				 judge_mood_name(sentences[i].mood),
				 judge_intent_name(sentences[i].cue));
	}
}

static const struct {
	const char *label;
	const char *prose, *subject;
	int reply, form;
	enum judge_intent intent;
	enum judge_conf conf;
} mails[] = {
    {"question about room, hesitant",
     "Kan ik me nog aanmelden, of is hij al vol? Ik twijfel nog.", "Cursus", 0,
     0, JI_QUESTION, JC_HIGH},
    {"is registration open",
     "Is registration still open? I am not sure yet whether I can make "
     "it.",
     "Course", 0, 0, JI_QUESTION, JC_HIGH},
    {"parking", "Is er parkeergelegenheid?", "Aanmelding", 0, 0, JI_QUESTION,
     JC_HIGH},
    {"seats left", "Hoeveel plaatsen zijn er nog?", NULL, 0, 0, JI_QUESTION,
     JC_HIGH},
    {"permission first",
     "Ik wil mij graag aanmelden maar moet eerst toestemming vragen.",
     "Aanmelding", 0, 0, JI_NONE, JC_NONE},
    {"ill, free cancel?",
     "Stel dat ik ziek word, kan ik dan kosteloos afmelden?", NULL, 1, 0,
     JI_QUESTION, JC_HIGH},
    {"do not cancel", "Please do not cancel my registration.", NULL, 1, 0,
     JI_NONE, JC_NONE},
    {"plain registration", "Beste,\nHierbij meld ik mij aan voor de cursus.",
     "Aanmelding", 0, 0, JI_REGISTER, JC_HIGH},
    {"form only", "", "Aanmelding", 0, 1, JI_REGISTER, JC_HIGH},
    {"form with a question", "Hierbij mijn gegevens. Is er parkeergelegenheid?",
     NULL, 0, 1, JI_REGISTER, JC_HIGH},
    {"form but hesitant", "Ik weet nog niet of ik kan.", NULL, 0, 1,
     JI_REGISTER, JC_LOW},
    {"registers, but asks whether it can",
     "Ik zou me graag aanmelden, maar alleen voor de tweede dag. Is het "
     "mogelijk om voor een dag in te schrijven?",
     "Aanmelden", 0, 0, JI_REGISTER, JC_LOW},
    {"another kind of event",
     "I would like to register for the symposium on 15 May.",
     "Registration symposium", 0, 1, JI_REGISTER, JC_LOW},
    {"the course and its workshop",
     "Ik meld mij aan voor de leergang en de workshop op dag 2.", NULL, 0, 0,
     JI_REGISTER, JC_HIGH},
    {"registers if the answer is yes",
     "Is de leergang ook voor bewoners bedoeld? Zo ja, dan meld ik me graag "
     "aan.",
     NULL, 0, 0, JI_QUESTION, JC_HIGH},
    {"registers only after something else",
     "Could you send me the programme? I need it before I can register.", NULL,
     0, 0, JI_QUESTION, JC_HIGH},
    {"a heading above a form", "Registration for the Almere course:", NULL, 0,
     1, JI_REGISTER, JC_HIGH},
    {"an invitation as a heading stays one",
     "Meldt u zich nu aan voor onze nieuwsbrief:", NULL, 0, 0, JI_NONE,
     JC_NONE},
    {"registers and asks something else",
     "Hierbij meld ik mij aan voor de cursus. Is er parkeergelegenheid?", NULL,
     0, 0, JI_REGISTER, JC_HIGH},
    {"cancel", "Ik kan helaas niet meer deelnemen aan de cursus.", "Afmelding",
     0, 0, JI_CANCEL, JC_HIGH},
    {"cancel by subject only", "ABCDE-12345", "Afmelding", 0, 0, JI_CANCEL,
     JC_HIGH},
    {"reply subject is not the writer's", "Dank u wel!",
     "Re: Bevestiging van uw aanmelding", 1, 0, JI_NONE, JC_NONE},
    {"substitute", "Ik kan helaas niet, mijn collega neemt mijn plaats in.",
     NULL, 0, 1, JI_SUBSTITUTE, JC_HIGH},
    {"one day absent", "Ik ben afwezig op dag 3, verder kom ik graag.",
     "Aanmelding", 0, 1, JI_REGISTER, JC_LOW},
    {"help", "Hoe kan ik mij aanmelden?", NULL, 0, 0, JI_HELP, JC_HIGH},
    {"status", "Ben ik al ingeschreven? Ik heb nog niets gehoord.", NULL, 0, 0,
     JI_STATUS, JC_HIGH},
    {"status after a past registration",
     "I sent my registration last week. Am I registered? I have not heard "
     "back.",
     NULL, 0, 0, JI_STATUS, JC_HIGH},
    {"program", "Kunt u mij het programma sturen?", NULL, 0, 0, JI_QUESTION,
     JC_HIGH},
    {"not knowing how is asking how", "Ik weet niet hoe ik mij moet aanmelden.",
     NULL, 0, 0, JI_HELP, JC_HIGH},
    {"registers if the answer is yes, with 'dan' alone",
     "Wordt de leergang volgend jaar herhaald? Dan schrijf ik mij liever "
     "voor die editie in.",
     NULL, 0, 0, JI_QUESTION, JC_HIGH},
    {"a form sent ahead of a manager's yes",
     "Ik wil graag deelnemen aan de leergang. Als mijn manager akkoord "
     "geeft, stuur ik u een bevestiging. Hierbij alvast mijn gegevens:",
     NULL, 0, 1, JI_REGISTER, JC_LOW},
    {"on the list", "Sta ik nog wel op de lijst voor 2 november?", NULL, 0, 0,
     JI_STATUS, JC_HIGH},
    {"whether I'm on the list",
     "My manager registered me a week ago. Could you tell me whether I'm "
     "on the list?",
     NULL, 0, 0, JI_STATUS, JC_HIGH},
    {"status asked indirectly",
     "Graag hoor ik of mijn aanmelding definitief is.", NULL, 0, 0, JI_STATUS,
     JC_HIGH},
    {"an indirect question after the registration asks about something "
     "else",
     "I registered last week and I would like to know how my details are "
     "protected.",
     NULL, 0, 0, JI_QUESTION, JC_HIGH},
    {"asks where to register",
     "Please find my CV attached - or let me know where to register as a "
     "candidate.",
     NULL, 0, 0, JI_HELP, JC_HIGH},
    {"'waar' as a relative still registers",
     "Hierbij meld ik mij aan voor de leergang waar mijn collega ook aan "
     "meedoet.",
     NULL, 0, 0, JI_REGISTER, JC_HIGH},
    {"details for one's registration register",
     "Hierbij de gegevens voor mijn aanmelding:", NULL, 0, 1, JI_REGISTER,
     JC_HIGH},
    {"a registration named as an example",
     "I was looking at your website and noticed it is not ranking for key "
     "terms like course registration and training Almere.",
     NULL, 0, 0, JI_NONE, JC_NONE},
    {"a registration wished for with 'like'",
     "I would like registration for the Almere course, please.", NULL, 0, 0,
     JI_REGISTER, JC_HIGH},
    {"a heading that names the act above a form",
     "Aanmelding voor de leergang Almere: Sociale ambities in een groeiende "
     "stad.",
     NULL, 0, 1, JI_REGISTER, JC_HIGH},
    {"a question above a form", "Kan ik me nog aanmelden?", NULL, 0, 1,
     JI_REGISTER, JC_LOW},
    {"a form named in quotes above the form",
     "Er is een nieuwe inzending van het formulier \"Aanmelden leergang "
     "Almere\".",
     NULL, 0, 1, JI_REGISTER, JC_HIGH},
    {"registers colleagues, and the writer is not one of them",
     "Hierbij meld ik de volgende drie medewerkers aan voor de leergang. "
     "Zelf doe ik niet mee.",
     NULL, 0, 3, JI_REGISTER, JC_HIGH},
    {"registers a colleague, who does not want to be",
     "Hierbij meld ik mijn collega aan voor de leergang. Mijn collega wil "
     "zich niet aanmelden.",
     NULL, 0, 1, JI_REGISTER, JC_LOW},
    {"cancel and do not cancel",
     "Ik wil mij afmelden. Mijn collega wil zich niet afmelden.", NULL, 0, 0,
     JI_CANCEL, JC_LOW},
    {"the subject cancels what the text is read as registering",
     "Mijn aanmelding voor de leergang kan vervallen; ik heb een nieuwe "
     "baan.",
     "afmelding leergang", 0, 0, JI_REGISTER, JC_LOW},
    {"details under a subject that cancels", "", "Afmelding leergang", 0, 1,
     JI_REGISTER, JC_LOW},
    {"a question that is the reader's condition",
     "Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren.", NULL, 0, 0,
     JI_NONE, JC_NONE},
    {"the writer's own status, asked of the reader",
     "Heeft u mijn aanmelding ontvangen? Dan hoor ik graag of er nog plaats "
     "is.",
     NULL, 0, 0, JI_STATUS, JC_HIGH},
    {"an offer: the doubt asked about is the reader's",
     "Would you be interested in acquiring the attendees list of the Almere "
     "course? If you are interested, reply and we will send a sample.",
     NULL, 0, 0, JI_NONE, JC_NONE},
    {"a doubt of the writer's, asked about, is still a question",
     "Ik twijfel nog of ik mij aanmeld: is er nog plaats?", NULL, 0, 0,
     JI_QUESTION, JC_HIGH},
    {"a registration that is a state: 'ik sta aangemeld'",
     "Mijn werkmail verandert per 1 juni. Ik sta aangemeld voor de "
     "leergang.",
     NULL, 0, 0, JI_NONE, JC_NONE},
    {"nobody registered: 'niemand aanmelden'",
     "Ik wil niemand aanmelden die straks op een wachtlijst komt.", NULL, 0, 0,
     JI_NONE, JC_NONE},
    {"'dan meld ik me aan' after what must be heard first",
     "Vrijdag hoor ik of ons budget rond is, dan meld ik me definitief aan.",
     NULL, 0, 0, JI_NONE, JC_NONE},
    {"a registration as a teacher is a standing, not the act",
     "Krijgen deelnemers een certificaat? Dat heb ik nodig voor mijn "
     "registratie als docent.",
     NULL, 0, 0, JI_QUESTION, JC_HIGH},
    {"a correction asked of the reader's own mail is no correction",
     "Uw bericht is tijdelijk vastgehouden door ons spamfilter. Bevestig "
     "eenmalig dat u het bericht zelf verstuurd heeft door te antwoorden "
     "op deze e-mail zonder de onderwerpregel te wijzigen.",
     NULL, 0, 0, JI_NONE, JC_NONE},
    {"'en zo ja' inside a question asks on",
     "Sta ik nog op de wachtlijst, en zo ja op welke plaats? Mijn code is "
     "FD5MH-8WQKT.",
     NULL, 0, 0, JI_STATUS, JC_HIGH},
    {"the writer's own registration and how to register: it waits",
     "Ik heb de brochure gelezen en wil mij graag aanmelden. Hoe gaat dat "
     "precies? Is er een aanmeldformulier dat ik moet invullen?",
     NULL, 0, 0, JI_REGISTER, JC_LOW},
    {"the writer's own registration and a question how: it waits",
     "Ik wil mij graag aanmelden voor de leergang. Hoe kan ik mij "
     "aanmelden?",
     NULL, 0, 0, JI_REGISTER, JC_LOW},
    {"a wish to register in running text beside a question: it waits",
     "Een van onze medewerkers wil zich aanmelden voor de leergang. Voor "
     "onze begroting wil ik graag weten of de bijdrage inclusief btw is.",
     NULL, 0, 0, JI_REGISTER, JC_LOW},
    {"registering in the saying of it beside a question: it registers",
     "Graag meld ik mij aan voor de leergang. Is er parkeergelegenheid?", NULL,
     0, 0, JI_REGISTER, JC_HIGH},
    {"a colleague not named yet and what is needed: the robot asks",
     "Ik wil graag mijn collega aanmelden voor de leergang. Wat heeft u van "
     "haar nodig?",
     NULL, 0, 0, JI_REGISTER, JC_HIGH},
    {"a subject that names the course over a registration",
     "Hierbij meld ik mij aan voor de leergang.", "Leergang Almere", 0, 0,
     JI_REGISTER, JC_HIGH},
};

static void
test_mails(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof mails / sizeof mails[0]; i++) {
		struct judge_input in = {.prose = mails[i].prose,
					 .subject = mails[i].subject,
					 .subject_is_reply = mails[i].reply,
					 .form_people = mails[i].form};
		struct judgement J;
		judge(&in, &J);
		char sum[600];
		judge_summary(&J, sum, sizeof sum);
		if (J.intent != mails[i].intent || J.conf != mails[i].conf)
			fail_msg("%s: %s, want %s/%s", mails[i].label, sum,
				 judge_intent_name(mails[i].intent),
				 judge_conf_name(mails[i].conf));
	}
}

/* A question in a forwarded mail was put to the one who forwards it, not
 * to the organiser: it does not hold back the writer's registration. */
static void
test_forwarded_question(void **state)
{
	(void)state;
	static const char own[] = "Please register my colleague (below) for "
				  "the Almere course.\n";
	char *prose = xasprintf("%sWould it be OK for me to do the course "
				"in Almere? I think it would be useful.\n",
				own);
	struct judge_input in = {.prose = prose, .own_len = strlen(own)};
	struct judgement J;
	judge(&in, &J);
	assert_int_equal(J.intent, JI_REGISTER);
	assert_int_equal(J.conf, JC_HIGH);
	assert_true(J.asks); /* still shown to the organiser */
	/* the same question in the writer's own words holds it back */
	in.own_len = 0;
	judge(&in, &J);
	assert_int_equal(J.conf, JC_LOW);
	free(prose);
}

/* How many people a registration says it registers (J.announced). */
static void
test_announced(void **state)
{
	(void)state;
	static const struct {
		const char *prose, *subject;
		int announced;
	} a[] = {
	    {"Hierbij meld ik de volgende twaalf medewerkers aan voor de "
	     "leergang:",
	     NULL, 12},
	    {"Three of us would like to attend:", NULL, 3},
	    {"Graag meld ik twee van onze vrijwilligers aan.", NULL, 2},
	    {"Hierbij meld ik mij aan.", "Aanmelding 6 deelnemers", 6},
	    /* things counted, not people */
	    {"Ik zou graag meedoen met de vier studiedagen.", NULL, 0},
	    /* a limit, then the count */
	    {"Nu de beperking tot drie deelnemers per organisatie is "
	     "vervallen, meld ik 10 medewerkers aan.",
	     NULL, 10},
	    /* beside the writer: whether the number holds the writer is
	     * not said */
	    {"Ik meld mezelf en twee collega's aan.", NULL, 0},
	    /* two numbers that disagree */
	    {"Hierbij meld ik 5 collega's aan.", "Aanmelding 6 deelnemers", -1},
	    /* a number word in a name or an address counts nobody */
	    {"Ik wil graag een medewerker aanmelden: Deelnemer Twintig, "
	     "casemanager, d.twintig@schaalschets.example.nl.",
	     NULL, 0},
	    /* a number in a question registers nobody */
	    {"Kan ik drie collega's aanmelden?", NULL, 0},
	};
	for (size_t i = 0; i < sizeof a / sizeof a[0]; i++) {
		struct judge_input in = {.prose = a[i].prose,
					 .subject = a[i].subject};
		struct judgement J;
		judge(&in, &J);
		if (J.announced != a[i].announced)
			fail_msg("\"%s\" / \"%s\": announced %d, want %d",
				 a[i].prose, a[i].subject ? a[i].subject : "",
				 J.announced, a[i].announced);
	}
}

static void
test_who(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		enum judge_who who;
	} w[] = {
	    {"Hierbij meld ik mij aan voor de leergang.", JW_SELF},
	    {"Hierbij meld ik mijn collega aan.", JW_OTHERS},
	    {"Graag meld ik mijn collega Deelnemer Twee aan voor de cursus.",
	     JW_OTHERS},
	    {"I'd like to register my colleague Emma.", JW_OTHERS},
	    {"I would like to register for the course.", JW_SELF},
	    {"Wij melden ons graag aan.", JW_BOTH},
	    {"Graag meld ik de volgende medewerkers aan:", JW_OTHERS},
	    {"Mijn collega en ikzelf melden ons ook aan.", JW_BOTH},
	    {"Wij willen graag twee vrijwilligers aanmelden.", JW_OTHERS},
	    {"We would like to register 3 colleagues.", JW_OTHERS},
	    {"Ik meld mij aan voor twee dagen.", JW_SELF},
	    {"My name is Participant Nine and I would like to register.",
	     JW_SELF},
	    /* a part of the writer's people */
	    {"Een van onze medewerkers wil zich aanmelden voor de leergang.",
	     JW_OTHERS},
	    {"We are a housing association and five of our neighbourhood "
	     "staff want to register for the course.",
	     JW_OTHERS},
	};
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		enum judge_intent cue;
		enum judge_who who;
		judge_sentence_who(w[i].s, &cue, &who);
		if (who != w[i].who)
			fail_msg("\"%s\": who %d, want %d", w[i].s, who,
				 w[i].who);
	}
}

static void
test_summary_bounds(void **state)
{
	(void)state;
	char prose[4000];
	size_t o = 0;
	while (o + 60 < sizeof prose)
		o +=
		    (size_t)snprintf(prose + o, sizeof prose - o,
				     "Kan ik mij aanmelden \xc3\xab\xc3\xab? ");
	struct judge_input in = {.prose = prose};
	struct judgement J;
	judge(&in, &J);
	assert_true(J.nev <= JUDGE_MAX_EVIDENCE);
	for (size_t size = 1; size < 200; size += 7) {
		char d[200];
		memset(d, 'x', sizeof d);
		judge_summary(&J, d, size);
		assert_true(strlen(d) < size);
	}
}

/* Judges `in` and fails, naming `label`, unless the intent and the
 * confidence are as wanted. */
static void
expect_judged(const struct judge_input *in, enum judge_intent intent,
	      enum judge_conf conf, const char *label)
{
	struct judgement J;
	judge(in, &J);
	if (J.intent != intent || J.conf != conf)
		fail_msg("\"%s\": %s/%s (%s)", label,
			 judge_intent_name(J.intent), judge_conf_name(J.conf),
			 J.why);
}

/* The configured course: a registration for another course (a quoted
 * title sharing no word with its names) or on a date that is none of
 * its dates is not sure; its own title, name and dates are. */
/* An event word in a sentence that names a month of the course's days
 * is the course's own ("de vier studiedagen in juni tot en met
 * november", as the brochure calls them); in another month it is
 * another event. */
static void
test_course_months(void **state)
{
	(void)state;
	struct judge_course co = {
	    .month = {6, 9, 11, 11}, .day = {1, 23, 2, 23}, .ndays = 4};
	static const struct {
		const char *prose;
		enum judge_conf conf;
	} cases[] = {
	    {"Ik zou graag meedoen met de vier studiedagen in juni tot en met "
	     "november.",
	     JC_HIGH},
	    {"Ik zou graag meedoen met de studiedag in april.", JC_LOW},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct judge_input in = {.prose = cases[i].prose,
					 .course = &co};
		expect_judged(&in, JI_REGISTER, cases[i].conf, cases[i].prose);
	}
}

/* The course is sold whole: a registration that names some of its days
 * and not all is the organiser's to answer; one that names them all,
 * a range of them, or its first day as when it starts, registers. */
static void
test_some_days(void **state)
{
	(void)state;
	/* four course days, then a rule's date (registration closes) */
	struct judge_course co = {.month = {6, 9, 11, 11, 5},
				  .day = {1, 23, 2, 23, 25},
				  .ndays = 5,
				  .ncourse = 4};
	static const struct {
		const char *prose;
		enum judge_conf conf;
	} cases[] = {
	    {"Meld mij aan voor 1 juni en 23 november.", JC_LOW},
	    {"I would like to register for days 1 and 4.", JC_LOW},
	    {"Hierbij meld ik mij aan, alleen voor dag 2.", JC_LOW},
	    {"Please register me for June 1 and September 23.", JC_LOW},
	    {"Hierbij meld ik mij aan voor 23 september, 2 en 23 november.",
	     JC_LOW},
	    {"Hierbij meld ik mij aan voor de leergang (1 juni, 23 september, "
	     "2 en 23 november).",
	     JC_HIGH},
	    {"Hierbij meld ik mij aan voor dag 1 t/m 4.", JC_HIGH},
	    {"Hierbij meld ik mij aan voor de leergang van 1 juni \xe2\x80\x93 "
	     "23 november.",
	     JC_HIGH},
	    {"Meld mij aan voor 1 juni en 23 november - de andere dagen kan "
	     "ik niet.",
	     JC_LOW},
	    {"Hierbij meld ik mij aan voor de leergang die op 1 juni begint.",
	     JC_HIGH},
	    {"Ik meld mij aan; de aanmelding sluit op 25 mei, zie ik.",
	     JC_HIGH},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct judge_input in = {
		    .prose = cases[i].prose, .form_people = 1, .course = &co};
		expect_judged(&in, JI_REGISTER, cases[i].conf, cases[i].prose);
	}
}

/* Words in double quotes or in parentheses are named or put aside, not
 * said: they neither register nor cancel; a sentence around them still
 * does. */
static void
test_quoted_and_aside(void **state)
{
	(void)state;
	static const struct {
		const char *prose;
		enum judge_intent intent;
		enum judge_conf conf;
	} cases[] = {
	    {"I noticed you are not on page 1 of Google for \"course "
	     "registration Almere\".",
	     JI_NONE, JC_NONE},
	    {"Voor de leergang meld ik twee medewerkers van mijn team aan "
	     "(ikzelf kan helaas niet).",
	     JI_REGISTER, JC_HIGH},
	    {"Hierbij meld ik mij aan voor de leergang \"Almere: Sociale "
	     "ambities in een groeiende stad\".",
	     JI_REGISTER, JC_HIGH},
	    {"Ik meld mij af voor de leergang (code ABCDE-12345).", JI_CANCEL,
	     JC_HIGH},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct judge_input in = {.prose = cases[i].prose};
		expect_judged(&in, cases[i].intent, cases[i].conf,
			      cases[i].prose);
	}
}

/* An event word ("studiedagen", "symposium") in the subject says the
 * registration may be for another event, unless a registration sentence
 * names the course ("de leergang"). */
static void
test_event_word_and_course(void **state)
{
	(void)state;
	static const struct {
		const char *subject, *prose;
		enum judge_conf conf;
	} cases[] = {
	    {"aanmelding studiedagen",
	     "Via mijn teamleider kreeg ik de folder van de leergang en ik wil "
	     "me graag aanmelden.",
	     JC_HIGH},
	    {"Aanmelding symposium", "Hierbij meld ik mij aan.", JC_LOW},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct judge_input in = {.prose = cases[i].prose,
					 .subject = cases[i].subject,
					 .form_people = 1};
		expect_judged(&in, JI_REGISTER, cases[i].conf,
			      cases[i].subject);
	}
}

static void
test_other_course(void **state)
{
	(void)state;
	struct judge_course co = {
	    .names = {"Almere: Sociale ambities in een groeiende stad",
		      "deSTADSWIJKstudies Almere"},
	    .month = {6, 9, 11, 11, 5},
	    .day = {1, 23, 2, 23, 25},
	    .ndays = 5};
	static const struct {
		const char *prose;
		enum judge_conf conf;
	} cases[] = {
	    {"Hierbij meld ik mij aan voor de training \"Signalen van "
	     "huiselijk geweld herkennen\" van de gemeente.",
	     JC_LOW},
	    {"Hierbij meld ik mij aan voor de bijeenkomst op dinsdag 20 april "
	     "in het Stadhuis.",
	     JC_LOW},
	    {"I would like to register for the session on April 20.", JC_LOW},
	    {"Hierbij meld ik mij aan voor de leergang \u201cAlmere: Sociale "
	     "ambities in een groeiende stad\u201d.",
	     JC_HIGH},
	    {"Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op "
	     "locatie Almere (1 juni, 23 september, 2 en 23 november).",
	     JC_HIGH},
	    {"Ik zie dat de aanmelding op 25 mei sluit; hierbij meld ik mij "
	     "aan.",
	     JC_HIGH},
	    {"I would like to register for the course starting June 1.",
	     JC_HIGH},
	    {"Hierbij meld ik mij aan voor de leergang Wijkgericht werken in "
	     "Lelystad (najaar 2010).",
	     JC_LOW},
	    {"Hierbij meld ik mij aan voor de leergang Almere: Sociale "
	     "ambities.",
	     JC_HIGH},
	    {"Graag meld ik mij aan voor de Leergang.", JC_HIGH},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct judge_input in = {
		    .prose = cases[i].prose, .form_people = 1, .course = &co};
		expect_judged(&in, JI_REGISTER, cases[i].conf, cases[i].prose);
		/* without the course nothing is known of other courses */
		in.course = NULL;
		expect_judged(&in, JI_REGISTER, JC_HIGH, cases[i].prose);
	}
}

/* A registration with a "but" in it, in a mail that asks about it,
 * waits for the answer; a plain one beside a question does not. */
static void
test_but_question(void **state)
{
	(void)state;
	static const struct {
		const char *prose;
		enum judge_conf conf;
	} cases[] = {
	    {"Ik zou me graag inschrijven, maar op dinsdagen moet ik om 16.00 "
	     "uur weg. Is dat een probleem voor de organisatie?",
	     JC_LOW},
	    {"I would like to register, but I have to leave at four. Is that "
	     "a problem?",
	     JC_LOW},
	    {"Hierbij meld ik mij aan. Is er parkeergelegenheid?", JC_HIGH},
	    {"Ik meld mij graag aan, maar kan pas om tien uur beginnen.",
	     JC_HIGH},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct judge_input in = {.prose = cases[i].prose};
		expect_judged(&in, JI_REGISTER, cases[i].conf, cases[i].prose);
	}
}

/* A forwarded mail's registration is its writer's: it counts for the
 * forwarder who says nothing of her own ("Graag verwerken"), not for one
 * who asks something herself. */
static void
test_forwarded_words(void **state)
{
	(void)state;
	static const struct {
		const char *own, *fwd;
		enum judge_intent intent;
	} cases[] = {
	    {"Deze mail kreeg ik van een collega doorgestuurd. Hoe meld ik mij "
	     "hiervoor aan, en tot wanneer kan dat?",
	     "Hoi, is dit niet iets voor jou? Zelf meld ik mij ook aan.",
	     JI_HELP},
	    {"Graag verwerken.", "Hierbij meld ik mij aan voor de leergang.",
	     JI_REGISTER},
	    {"Onderstaande aanmelding stuurde ik vorige week naar het adres "
	     "uit "
	     "de brochure. Bij dezen.",
	     "Graag meld ik mij aan voor de leergang.", JI_REGISTER},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char prose[512];
		snprintf(prose, sizeof prose, "%s\n%s", cases[i].own,
			 cases[i].fwd);
		struct judge_input in = {.prose = prose,
					 .own_len = strlen(cases[i].own) + 1};
		struct judgement J;
		judge(&in, &J);
		if (J.intent != cases[i].intent)
			fail_msg("\"%s\": %s (%s)", cases[i].own,
				 judge_intent_name(J.intent), J.why);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fold),
	    cmocka_unit_test(test_sentences),
	    cmocka_unit_test(test_mails),
	    cmocka_unit_test(test_announced),
	    cmocka_unit_test(test_forwarded_question),
	    cmocka_unit_test(test_who),
	    cmocka_unit_test(test_summary_bounds),
	    cmocka_unit_test(test_other_course),
	    cmocka_unit_test(test_some_days),
	    cmocka_unit_test(test_quoted_and_aside),
	    cmocka_unit_test(test_event_word_and_course),
	    cmocka_unit_test(test_course_months),
	    cmocka_unit_test(test_but_question),
	    cmocka_unit_test(test_forwarded_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
