/*
 * bounce and bouncelog.
 *
 * The parser over hand-written reports, one per family (table-driven:
 * label, message, what must be read): a Postfix DSN, an Exchange DSN, a
 * DSN that returns only the header, a 4.x.x delay notice, a report of
 * successful delivery, a read receipt, Exim, Exim's delay warning,
 * qmail, Postfix and sendmail without a DSN, Exchange's plain Dutch
 * "Onbestelbaar", Office 365, Gmail and Domino; and a person's mail
 * that talks about an "undeliverable" message (not a bounce).
 *
 * The handling, through the real intake path (process_message on a
 * fresh store, the real templates): a bounce of the confirmation is
 * matched by its Message-ID, logged for the registration, never
 * answered, and the seat stays; the same report again changes nothing;
 * two reports about one mail are one failure, a second failed mail marks
 * the address failing; a code in the returned text matches only when the
 * failed address is the registration's; a report that matches nothing
 * is recorded as unmatched; the digest lists all of it.
 * Run from the repository root (tests/run.sh does): templates/ is used.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "bounce.h"
#include "bouncelog.h"
#include "clock.h"
#include "config.h"
#include "digest.h"
#include "message.h"
#include "process.h"
#include "store.h"
#include "util.h"

/* ---- the parser ---- */

#define RETURNED_CONFIRMATION                                                  \
	"From: Robot <robot@example.org>\n"                                    \
	"To: Deelnemer Een <deelnemer.een@example.nl>\n"                       \
	"Subject: Bevestiging aanmelding Almere [7KQ2M-X9H4D]\n"               \
	"Message-ID: <regbot.confirmation.r1.m1@example.org>\n"                \
	"Auto-Submitted: auto-replied\n"                                       \
	"X-Regbot-Kind: confirmation\n"                                        \
	"Content-Type: text/plain; charset=UTF-8\n"                            \
	"\n"                                                                   \
	"Beste Deelnemer Een,\n\nUw code is 7KQ2M-X9H4D.\n"

static const char postfix_dsn[] =
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
    "To: robot@example.org\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Message-ID: <20100504090200.1A2B3C@mx.example.org>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"1A2B3C.1272963720/mx.example.org\"\n"
    "\n"
    "--1A2B3C.1272963720/mx.example.org\n"
    "Content-Description: Notification\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "This is the mail system at host mx.example.org.\n"
    "\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n"
    "\n"
    "<deelnemer.een@example.nl>: host mx.example.nl[192.0.2.1] said: 550 "
    "5.1.1\n"
    "    <deelnemer.een@example.nl>: Recipient address rejected: User "
    "unknown\n"
    "\n"
    "--1A2B3C.1272963720/mx.example.org\n"
    "Content-Description: Delivery report\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "X-Postfix-Queue-ID: 1A2B3C\n"
    "Arrival-Date: Tue,  4 May 2010 11:01:59 +0200 (CEST)\n"
    "\n"
    "Final-Recipient: rfc822; Deelnemer.Een@example.nl\n"
    "Original-Recipient: rfc822;deelnemer.een@example.nl\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Remote-MTA: dns; mx.example.nl\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <deelnemer.een@example.nl>:\n"
    "    Recipient address rejected: User unknown\n"
    "\n"
    "--1A2B3C.1272963720/mx.example.org\n"
    "Content-Description: Undelivered Message\n"
    "Content-Type: message/rfc822\n"
    "\n" RETURNED_CONFIRMATION "\n"
    "--1A2B3C.1272963720/mx.example.org--\n";

static const char exchange_dsn[] =
    "From: postmaster@example.nl\n"
    "To: robot@example.org\n"
    "Subject: Undeliverable: Wachtlijst Almere\n"
    "Message-ID: <ndr-0002@EXCH01.example.nl>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"ndr_outer\"\n"
    "\n"
    "--ndr_outer\n"
    "Content-Type: multipart/alternative; boundary=\"ndr_alt\"\n"
    "\n"
    "--ndr_alt\n"
    "Content-Type: text/plain; charset=\"us-ascii\"\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Delivery has failed to these recipients or groups:\n"
    "\n"
    "Deelnemer Twee (deelnemer.twee@example.nl)\n"
    "The e-mail address you entered couldn't be found. Please check the =\n"
    "recipient's e-mail address and try to resend the message.\n"
    "\n"
    "Diagnostic information for administrators:\n"
    "\n"
    "Generating server: EXCH01.example.nl\n"
    "\n"
    "deelnemer.twee@example.nl\n"
    "#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found ##\n"
    "\n"
    "--ndr_alt\n"
    "Content-Type: text/html; charset=\"us-ascii\"\n"
    "\n"
    "<html><body><p>Delivery has failed to these recipients or "
    "groups:</p></body></html>\n"
    "--ndr_alt--\n"
    "\n"
    "--ndr_outer\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns;EXCH01.example.nl\n"
    "Received-From-MTA: dns;mx.example.org\n"
    "Arrival-Date: Tue, 4 May 2010 09:04:00 +0000\n"
    "\n"
    "Original-Recipient: rfc822;deelnemer.twee@example.nl\n"
    "Final-Recipient: rfc822;deelnemer.twee@example.nl\n"
    "Action: failed\n"
    "Status: 5.1.10\n"
    "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound;\n"
    " Recipient not found by SMTP address lookup\n"
    "X-Display-Name: Deelnemer Twee\n"
    "\n"
    "--ndr_outer\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: Robot <robot@example.org>\n"
    "To: deelnemer.twee@example.nl\n"
    "Subject: Wachtlijst Almere [7KQ2M-X9H4E]\n"
    "Message-ID: <regbot.waitlist.r2.m2@example.org>\n"
    "\n"
    "U staat op de wachtlijst.\n"
    "\n"
    "--ndr_outer--\n";

static const char headers_only_dsn[] =
    "Return-Path: <>\n"
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
    "To: robot@example.org\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Message-ID: <20100531.7C8D@mx.example.org>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"B7C8D\"\n"
    "\n"
    "--B7C8D\n"
    "Content-Type: text/plain\n"
    "\n"
    "This is the mail system at host mx.example.org.\n"
    "\n"
    "<deelnemer.drie@example.nl>: host mx.example.nl said: 552 5.2.2 "
    "Mailbox full\n"
    "\n"
    "--B7C8D\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "\n"
    "Final-Recipient: rfc822; deelnemer.drie@example.nl\n"
    "Action: failed\n"
    "Status: 5.2.2\n"
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n"
    "\n"
    "--B7C8D\n"
    "Content-Type: text/rfc822-headers\n"
    "\n"
    "From: Robot <robot@example.org>\n"
    "To: deelnemer.drie@example.nl\n"
    "Subject: Herinnering dag 1 [7KQ2M-X9H4F]\n"
    "Message-ID: <regbot.reminder.1.7.r3.t1@example.org>\n"
    "\n"
    "--B7C8D--\n";

static const char delay_dsn[] =
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
    "To: robot@example.org\n"
    "Subject: Delayed Mail (still being retried)\n"
    "Message-ID: <20100505.D1@mx.example.org>\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"D1\"\n"
    "\n"
    "--D1\n"
    "Content-Type: text/plain; charset=us-ascii\n"
    "\n"
    "####### THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR "
    "MESSAGE. #######\n"
    "\n"
    "<deelnemer.vier@example.nl>: connect to mx.example.nl[192.0.2.4]:25:\n"
    "    Connection timed out\n"
    "\n"
    "--D1\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "\n"
    "Final-Recipient: rfc822; deelnemer.vier@example.nl\n"
    "Action: delayed\n"
    "Status: 4.4.1\n"
    "Diagnostic-Code: X-Postfix; connect to mx.example.nl[192.0.2.4]:25:\n"
    "    Connection timed out\n"
    "Will-Retry-Until: Sun, 9 May 2010 11:00:00 +0200 (CEST)\n"
    "\n"
    "--D1\n"
    "Content-Type: text/rfc822-headers\n"
    "\n"
    "Subject: Bevestiging aanmelding\n"
    "Message-ID: <regbot.confirmation.r4.m4@example.org>\n"
    "\n"
    "--D1--\n";

static const char relayed_dsn[] =
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mx.example.org\n"
    "Subject: Successful Mail Delivery Report\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"S1\"\n"
    "\n"
    "--S1\n"
    "Content-Type: text/plain\n"
    "\n"
    "Your message was successfully delivered to the destination(s)\n"
    "listed below.\n"
    "\n"
    "--S1\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Reporting-MTA: dns; mx.example.org\n"
    "\n"
    "Final-Recipient: rfc822; deelnemer.een@example.nl\n"
    "Action: relayed\n"
    "Status: 2.0.0\n"
    "\n"
    "--S1--\n";

static const char read_receipt[] =
    "From: Deelnemer Vijf <deelnemer.vijf@example.nl>\n"
    "To: robot@example.org\n"
    "Subject: Gelezen: Bevestiging aanmelding\n"
    "Auto-Submitted: auto-replied\n"
    "Content-Type: multipart/report; "
    "report-type=disposition-notification;\n"
    "\tboundary=\"R1\"\n"
    "\n"
    "--R1\n"
    "Content-Type: text/plain\n"
    "\n"
    "Uw bericht is gelezen.\n"
    "\n"
    "--R1\n"
    "Content-Type: message/disposition-notification\n"
    "\n"
    "Final-Recipient: rfc822; deelnemer.vijf@example.nl\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n"
    "\n"
    "--R1--\n";

static const char exim_plain[] =
    "Return-path: <>\n"
    "From: Mail Delivery System <Mailer-Daemon@mail.example.nl>\n"
    "To: robot@example.org\n"
    "Subject: Mail delivery failed: returning message to sender\n"
    "Message-Id: <E1O9ABC-0001Xy-Ab@mail.example.nl>\n"
    "X-Failed-Recipients: deelnemer.zes@example.nl\n"
    "Auto-Submitted: auto-replied\n"
    "\n"
    "This message was created automatically by mail delivery software.\n"
    "\n"
    "A message that you sent could not be delivered to one or more of "
    "its\n"
    "recipients. This is a permanent error. The following address(es) "
    "failed:\n"
    "\n"
    "  deelnemer.zes@example.nl\n"
    "    host mx.example.nl [192.0.2.6]\n"
    "    SMTP error from remote mail server after RCPT "
    "TO:<deelnemer.zes@example.nl>:\n"
    "    550 5.1.1 <deelnemer.zes@example.nl>: Recipient address "
    "rejected\n"
    "\n"
    "------ This is a copy of the message, including all the headers. "
    "------\n"
    "\n"
    "Return-path: <robot@example.org>\n"
    "Received: from robot.example.org ([192.0.2.9])\n"
    "\tby mail.example.nl with esmtp (Exim 4.72)\n"
    "Message-ID: <regbot.status.r6.m9@example.org>\n"
    "From: Robot <robot@example.org>\n"
    "To: deelnemer.zes@example.nl\n"
    "Subject: Uw aanmelding [7KQ2M-X9H4G]\n"
    "\n"
    "Beste Deelnemer Zes,\n"
    "\n"
    "U bent bevestigd.\n";

static const char exim_delay[] =
    "Return-path: <>\n"
    "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\n"
    "To: robot@example.org\n"
    "Subject: Warning: message 1OAbc-0002-Zz delayed 24 hours\n"
    "Auto-Submitted: auto-replied\n"
    "\n"
    "This message was created automatically by mail delivery software.\n"
    "A message that you sent has not yet been delivered to one or more "
    "of its\n"
    "recipients after more than 24 hours on the queue on "
    "mail.example.org.\n"
    "\n"
    "The message identifier is:     1OAbc-0002-Zz\n"
    "The subject of the message is: Bevestiging aanmelding\n"
    "\n"
    "The address to which the message has not yet been delivered is:\n"
    "\n"
    "  deelnemer.zeven@example.nl\n"
    "    Delay reason: SMTP error from remote mail server after RCPT "
    "TO:<deelnemer.zeven@example.nl>:\n"
    "    451 4.3.0 Temporary lookup failure\n"
    "\n"
    "No action is required on your part. Delivery attempts will continue "
    "for\n"
    "some time, and this warning may be repeated at intervals.\n";

static const char qmail_plain[] =
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mail.example.nl\n"
    "To: robot@example.org\n"
    "Subject: failure notice\n"
    "\n"
    "Hi. This is the qmail-send program at mail.example.nl.\n"
    "I'm afraid I wasn't able to deliver your message to the following "
    "addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n"
    "\n"
    "<deelnemer.acht@example.nl>:\n"
    "192.0.2.8 does not like recipient.\n"
    "Remote host said: 550 5.1.1 Sorry, no mailbox here by that name.\n"
    "Giving up on 192.0.2.8.\n"
    "\n"
    "--- Below this line is a copy of the message.\n"
    "\n"
    "Return-Path: <robot@example.org>\n"
    "Message-ID: <regbot.overview.r8.m12@example.org>\n"
    "From: Robot <robot@example.org>\n"
    "Subject: Overzicht van uw aanmeldingen\n"
    "\n"
    "Beste contactpersoon,\n";

static const char postfix_plain[] =
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
    "To: robot@example.org\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"P1\"\n"
    "\n"
    "--P1\n"
    "Content-Description: Notification\n"
    "Content-Type: text/plain\n"
    "\n"
    "This is the Postfix program at host mx.example.org.\n"
    "\n"
    "I'm sorry to have to inform you that the message returned\n"
    "below could not be delivered to one or more destinations.\n"
    "\n"
    "\t\t\tThe Postfix program\n"
    "\n"
    "<deelnemer.negen@example.nl>: host mx.example.nl[192.0.2.9] said: "
    "554 5.7.1\n"
    "    <deelnemer.negen@example.nl>: Relay access denied (in reply to "
    "RCPT TO\n"
    "    command)\n"
    "\n"
    "--P1\n"
    "Content-Description: Undelivered Message\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "From: Robot <robot@example.org>\n"
    "Subject: Bevestiging aanmelding\n"
    "Message-ID: <regbot.confirmation.r9.m13@example.org>\n"
    "\n"
    "Beste Deelnemer Negen,\n"
    "\n"
    "--P1--\n";

static const char sendmail_plain[] =
    "Return-Path: <>\n"
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.nl>\n"
    "To: <robot@example.org>\n"
    "Subject: Returned mail: see transcript for details\n"
    "Auto-Submitted: auto-generated (failure)\n"
    "\n"
    "The original message was received at Tue, 4 May 2010 11:05:00 +0200\n"
    "from robot.example.org [192.0.2.9]\n"
    "\n"
    "   ----- The following addresses had permanent fatal errors -----\n"
    "<deelnemer.tien@example.nl>\n"
    "    (reason: 550 5.1.1 <deelnemer.tien@example.nl>... User unknown)\n"
    "\n"
    "   ----- Transcript of session follows -----\n"
    "... while talking to mx.example.nl.:\n"
    ">>> DATA\n"
    "<<< 550 5.1.1 <deelnemer.tien@example.nl>... User unknown\n"
    "550 5.1.1 deelnemer.tien@example.nl... User unknown\n"
    "\n"
    "   ----- Original message follows -----\n"
    "\n"
    "Return-Path: <robot@example.org>\n"
    "Message-ID: <regbot.cancelled.r10.m14@example.org>\n"
    "Subject: Afmelding bevestigd\n"
    "\n"
    "U bent afgemeld.\n";

static const char onbestelbaar_plain[] =
    "Return-Path: <>\n"
    "From: postmaster@example.nl\n"
    "To: robot@example.org\n"
    "Subject: Onbestelbaar: Bevestiging aanmelding\n"
    "\n"
    "Uw bericht heeft sommige of alle beoogde ontvangers niet bereikt.\n"
    "\n"
    "      Onderwerp:  Bevestiging aanmelding\n"
    "      Verzonden:  4-5-2010 11:06\n"
    "\n"
    "De bezorging is mislukt voor deze ontvangers of groepen:\n"
    "\n"
    "deelnemer.elf@example.nl\n"
    "Het e-mailadres dat u hebt opgegeven, is niet gevonden.\n";

static const char office365_plain[] =
    "From: Microsoft Outlook <postmaster@example.onmicrosoft.com>\n"
    "To: robot@example.org\n"
    "Subject: Undeliverable: Bevestiging aanmelding\n"
    "Auto-Submitted: auto-replied\n"
    "\n"
    "Your message to deelnemer.twaalf@example.nl couldn't be delivered.\n"
    "deelnemer.twaalf wasn't found at example.nl.\n"
    "\n"
    "Remote Server returned '550 5.4.1 Recipient address rejected: Access "
    "denied'\n"
    "\n"
    "Original message headers:\n"
    "\n"
    "From: Robot <robot@example.org>\n"
    "Message-ID: <regbot.confirmation.r12.m16@example.org>\n"
    "Subject: Bevestiging aanmelding [7KQ2M-X9H4H]\n";

static const char gmail_plain[] =
    "Return-Path: <>\n"
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    "To: robot@example.org\n"
    "Subject: Delivery Status Notification (Failure)\n"
    "\n"
    "Delivery to the following recipient failed permanently:\n"
    "\n"
    "     deelnemer.dertien@example.nl\n"
    "\n"
    "Technical details of permanent failure:\n"
    "Google tried to deliver your message, but it was rejected by the\n"
    "server for the recipient domain example.nl by mx.example.nl.\n"
    "\n"
    "The error that the other server returned was:\n"
    "550 5.1.1 The email account that you tried to reach does not exist.\n"
    "\n"
    "----- Original message -----\n"
    "\n"
    "Message-ID: <regbot.promotion.r13.m17@example.org>\n"
    "Subject: Een plaats voor u\n"
    "\n"
    "U heeft een plaats.\n";

static const char domino_plain[] =
    "From: Postmaster <postmaster@almere.example.nl>\n"
    "To: robot@example.org\n"
    "Subject: DELIVERY FAILURE: User deelnemer.veertien not listed\n"
    "Auto-Submitted: auto-generated\n"
    "\n"
    "Your message\n"
    "\n"
    "  Subject: Bevestiging aanmelding [7KQ2M-X9H4J]\n"
    "\n"
    "was not delivered to:\n"
    "\n"
    "  deelnemer.veertien@almere.example.nl\n"
    "\n"
    "because:\n"
    "\n"
    "  User deelnemer.veertien (deelnemer.veertien@almere.example.nl) not "
    "listed in Domino Directory\n";

/* A person who writes about a bounce she got: the words, no machine. */
static const char human_prose[] =
    "From: Deelnemer Vijftien <deelnemer.vijftien@example.nl>\n"
    "To: robot@example.org\n"
    "Subject: Undeliverable?\n"
    "Message-ID: <mens.15@example.nl>\n"
    "\n"
    "Beste organisator,\n"
    "\n"
    "Toen ik mijn collega wilde aanmelden kreeg ik een melding "
    "'undeliverable'.\n"
    "Er stond: This message was created automatically by mail delivery\n"
    "software. Delivery has failed to these recipients or groups:\n"
    "\n"
    "collega@example.nl\n"
    "\n"
    "Kunt u kijken of het goed is gegaan?\n"
    "\n"
    "Deelnemer Vijftien\n";

struct bcase {
	const char *label;
	const char *raw;
	enum bounce_kind kind;
	const char *format;
	size_t nrcpt;
	const char *address; /* of the first recipient; NULL: unknown */
	const char *status;
	int delayed;
	const char *diag; /* a part of the first diagnostic, or NULL */
	const char *returned_id;
	const char *code;
};

static const struct bcase cases[] = {
    {"postfix dsn", postfix_dsn, BOUNCE_PERMANENT, "dsn", 1,
     "deelnemer.een@example.nl", "5.1.1", 0,
     "550 5.1.1 <deelnemer.een@example.nl>: Recipient address rejected",
     "<regbot.confirmation.r1.m1@example.org>", "7KQ2M-X9H4D"},
    {"exchange dsn", exchange_dsn, BOUNCE_PERMANENT, "dsn", 1,
     "deelnemer.twee@example.nl", "5.1.10", 0, "RecipientNotFound",
     "<regbot.waitlist.r2.m2@example.org>", "7KQ2M-X9H4E"},
    {"only the header returned", headers_only_dsn, BOUNCE_PERMANENT, "dsn", 1,
     "deelnemer.drie@example.nl", "5.2.2", 0, "Mailbox full",
     "<regbot.reminder.1.7.r3.t1@example.org>", "7KQ2M-X9H4F"},
    {"delay notice", delay_dsn, BOUNCE_TRANSIENT, "dsn", 1,
     "deelnemer.vier@example.nl", "4.4.1", 1, "Connection timed out",
     "<regbot.confirmation.r4.m4@example.org>", NULL},
    {"successful delivery", relayed_dsn, BOUNCE_NONE, NULL, 0, NULL, NULL, 0,
     NULL, NULL, NULL},
    {"read receipt", read_receipt, BOUNCE_NONE, NULL, 0, NULL, NULL, 0, NULL,
     NULL, NULL},
    {"exim", exim_plain, BOUNCE_PERMANENT, "exim", 1,
     "deelnemer.zes@example.nl", "5.1.1", 0, "Recipient address rejected",
     "<regbot.status.r6.m9@example.org>", "7KQ2M-X9H4G"},
    {"exim delay warning", exim_delay, BOUNCE_TRANSIENT, "exim", 1,
     "deelnemer.zeven@example.nl", "4.3.0", 1, "Temporary lookup failure", NULL,
     NULL},
    {"qmail", qmail_plain, BOUNCE_PERMANENT, "qmail", 1,
     "deelnemer.acht@example.nl", "5.1.1", 0, "no mailbox here",
     "<regbot.overview.r8.m12@example.org>", NULL},
    {"postfix without dsn", postfix_plain, BOUNCE_PERMANENT, "postfix", 1,
     "deelnemer.negen@example.nl", "5.7.1", 0, "Relay access denied",
     "<regbot.confirmation.r9.m13@example.org>", NULL},
    {"sendmail", sendmail_plain, BOUNCE_PERMANENT, "sendmail", 1,
     "deelnemer.tien@example.nl", "5.1.1", 0, "User unknown",
     "<regbot.cancelled.r10.m14@example.org>", NULL},
    {"exchange onbestelbaar", onbestelbaar_plain, BOUNCE_PERMANENT, "exchange",
     1, "deelnemer.elf@example.nl", NULL, 0, "niet gevonden", NULL, NULL},
    {"office 365", office365_plain, BOUNCE_PERMANENT, "exchange", 1,
     "deelnemer.twaalf@example.nl", "5.4.1", 0, NULL,
     "<regbot.confirmation.r12.m16@example.org>", "7KQ2M-X9H4H"},
    {"gmail", gmail_plain, BOUNCE_PERMANENT, "gmail", 1,
     "deelnemer.dertien@example.nl", "5.1.1", 0, NULL,
     "<regbot.promotion.r13.m17@example.org>", NULL},
    {"domino", domino_plain, BOUNCE_PERMANENT, "domino", 1,
     "deelnemer.veertien@almere.example.nl", NULL, 0, NULL, NULL,
     "7KQ2M-X9H4J"},
    {"a person writing about a bounce", human_prose, BOUNCE_NONE, NULL, 0, NULL,
     NULL, 0, NULL, NULL, NULL},
};

static void
check_case(const struct bcase *c, const char *raw)
{
	struct message_limits lim = {1 << 20, 20, 200};
	struct message m;
	assert_int_equal(message_parse(raw, strlen(raw), &lim, &m), 0);
	struct bounce b;
	assert_int_equal(bounce_parse(raw, strlen(raw), &m, &b), 0);
	print_message("%s: %s %s, %zu recipient(s)\n", c->label,
		      bounce_kind_name(b.kind), b.format ? b.format : "-",
		      b.nrcpt);
	assert_int_equal(b.kind, c->kind);
	if (c->kind == BOUNCE_NONE) {
		assert_null(b.format);
		assert_int_equal(b.nrcpt, 0);
		message_free(&m);
		return;
	}
	assert_string_equal(b.format, c->format);
	assert_int_equal(b.nrcpt, c->nrcpt);
	const struct bounce_rcpt *r = &b.rcpt[0];
	if (c->address)
		assert_string_equal(r->address, c->address);
	else
		assert_null(r->address);
	if (c->status)
		assert_string_equal(r->status, c->status);
	else
		assert_null(r->status);
	assert_int_equal(r->delayed, c->delayed);
	assert_int_equal(r->permanent, c->kind == BOUNCE_PERMANENT);
	if (c->diag) {
		assert_non_null(r->diagnostic);
		if (strstr(r->diagnostic, c->diag) == NULL)
			fail_msg("%s: diagnostic \"%s\" lacks \"%s\"", c->label,
				 r->diagnostic, c->diag);
		assert_true(strlen(r->diagnostic) <= BOUNCE_DIAG_MAX);
		assert_null(strchr(r->diagnostic, '\n'));
	}
	if (c->returned_id) {
		assert_non_null(b.returned_id);
		assert_string_equal(b.returned_id, c->returned_id);
		assert_non_null(b.returned_text);
	}
	char *code = bounce_code(&b);
	if (c->code) {
		assert_non_null(code);
		assert_string_equal(code, c->code);
	} else
		assert_null(code);
	free(code);
	assert_non_null(b.notice);
	/* the notification never holds the returned copy */
	if (c->returned_id)
		assert_null(strstr(b.notice, c->returned_id));
	bounce_free(&b);
	message_free(&m);
}

static void
test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_case(&cases[i], cases[i].raw);
}

/* The same reports with CRLF line ends, as a server stores them. */
static void
test_crlf(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf b;
		buf_init(&b, 1 << 20);
		for (const char *p = cases[i].raw; *p; p++) {
			if (*p == '\n')
				buf_addc(&b, '\r');
			buf_addc(&b, *p);
		}
		check_case(&cases[i], buf_str(&b));
		buf_free(&b);
	}
}

/* A report whose returned message is base64 (Exchange does that), a
 * report that names two recipients, and the kind names. */
static void
test_odd_reports(void **state)
{
	(void)state;
	static const char two[] =
	    "Return-Path: <>\n"
	    "From: MAILER-DAEMON@mx.example.org\n"
	    "Subject: Undelivered Mail Returned to Sender\n"
	    "Content-Type: multipart/report; report-type=delivery-status;\n"
	    "\tboundary=\"T\"\n"
	    "\n"
	    "--T\n"
	    "Content-Type: text/plain\n"
	    "\n"
	    "Two failed.\n"
	    "\n"
	    "--T\n"
	    "Content-Type: message/delivery-status\n"
	    "\n"
	    "Reporting-MTA: dns; mx.example.org\n"
	    "\n"
	    "Final-Recipient: rfc822; een@example.nl\n"
	    "Action: delayed\n"
	    "Status: 4.2.2\n"
	    "\n"
	    "Final-Recipient: rfc822; twee@example.nl\n"
	    "Action: failed\n"
	    "Status: 5.1.1\n"
	    "\n"
	    "Final-Recipient: rfc822; drie@example.nl\n"
	    "Action: delivered\n"
	    "Status: 2.0.0\n"
	    "\n"
	    "--T\n"
	    "Content-Type: message/rfc822\n"
	    "Content-Transfer-Encoding: base64\n"
	    "\n"
	    /* "Message-ID: <regbot.x@example.org>\nSubject: X\n\nbody\n" */
	    "TWVzc2FnZS1JRDogPHJlZ2JvdC54QGV4YW1wbGUub3JnPgpTdWJqZWN0OiBYCgpib2"
	    "R5Cg==\n"
	    "\n"
	    "--T--\n";
	struct message_limits lim = {1 << 20, 20, 200};
	struct message m;
	message_parse(two, sizeof two - 1, &lim, &m);
	struct bounce b;
	assert_int_equal(bounce_parse(two, sizeof two - 1, &m, &b), 0);
	assert_int_equal(b.kind, BOUNCE_PERMANENT);
	assert_int_equal(b.nrcpt, 2);
	assert_string_equal(b.rcpt[0].address, "een@example.nl");
	assert_int_equal(b.rcpt[0].delayed, 1);
	assert_int_equal(b.rcpt[0].permanent, 0);
	assert_string_equal(b.rcpt[1].address, "twee@example.nl");
	assert_int_equal(b.rcpt[1].permanent, 1);
	assert_non_null(b.returned_id);
	assert_string_equal(b.returned_id, "<regbot.x@example.org>");
	assert_string_equal(b.returned_subject, "X");
	bounce_free(&b);
	bounce_free(&b); /* twice is harmless */
	message_free(&m);
	assert_string_equal(bounce_kind_name(BOUNCE_TRANSIENT), "transient");
	assert_null(bounce_kind_name((enum bounce_kind)7));
	assert_int_equal(bounce_parse(NULL, 0, &m, &b), -1);
}

/* ---- the handling: process_message on a fresh store ---- */

#define T0 1272700800L /* 2010-05-01T08:00:00Z */

static char dir[128];
static struct config cfg;
static struct store *st;
static sqlite3 *db;
static struct robot rb;
static time_t now = T0;
static int nmail;

static void
write_file(const char *path, const char *text, int mode)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	chmod(path, (mode_t)mode);
}

static int
setup(void **state)
{
	(void)state;
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(dir, sizeof dir, "%s/regbot-bounce-XXXXXX", base);
	assert_non_null(mkdtemp(dir));
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	char *pw = xasprintf("%s/pw", dir);
	write_file(pw, "x\n", 0600);
	char *conf = xasprintf(
	    "[imap]\nurl = imap://127.0.0.1:9\ntls = none\nuser = r\n"
	    "password_file = %s\n"
	    "[smtp]\nurl = smtp://127.0.0.1:9\ntls = none\n"
	    "from = Robot <robot@regbot.test>\n"
	    "[robot]\nspool = %s/spool\ntemplates = %s/templates\n"
	    "[organiser]\nname = Secretariaat\nemail = org@regbot.test\n"
	    "[event]\ntitle = T\nfee = 1000\n"
	    "[pool a]\nseats = 30\n"
	    "[day 1]\ndate = 2010-06-01\nstart = 09:45\nend = 16:30\n"
	    "theme = Een\n",
	    pw, dir, cwd);
	char *path = xasprintf("%s/regbot.conf", dir);
	write_file(path, conf, 0600);
	struct config_errors errs;
	int r = config_load(path, &cfg, &errs);
	for (size_t i = 0; i < errs.n; i++)
		print_message("%s\n", errs.msgs[i]);
	assert_int_equal(r, 0);
	config_errors_free(&errs);
	free(pw);
	free(conf);
	free(path);
	char *err = NULL;
	char *spool = xasprintf("%s/spool", dir);
	assert_int_equal(store_open(spool, &st, &err), 0);
	char *dbp = xasprintf("%s/regbot.db", spool);
	assert_int_equal(sqlite3_open(dbp, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	free(dbp);
	free(spool);
	rb.cfg = &cfg;
	rb.st = st;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	sqlite3_close(db);
	store_close(st);
	config_free(&cfg);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return 0;
}

static enum process_result
ingest(const char *raw)
{
	now += 60;
	clock_pin(now);
	struct source src = {.received = now};
	return process_message(&rb, raw, strlen(raw), &src);
}

static long
count(const char *q, const char *a1)
{
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (a1)
		sqlite3_bind_text(s, 1, a1, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	long v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* One text column of the first row of q (caller frees), NULL for none. */
static char *
text(const char *q, const char *a1)
{
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (a1)
		sqlite3_bind_text(s, 1, a1, -1, SQLITE_STATIC);
	char *v = NULL;
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		v = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return v;
}

static void
self_register(const char *name, const char *email)
{
	nmail++;
	char *raw = xasprintf("From: %s <%s>\nTo: robot@regbot.test\n"
			      "Message-ID: <p%d@test>\nSubject: Aanmelding\n\n"
			      "Hierbij meld ik mij aan (%d).\n\nNaam: %s\n"
			      "Organisatie: Stichting Wijk\nE-mail: %s\n",
			      name, email, nmail, nmail, name, email);
	assert_int_equal(ingest(raw), PROCESS_DONE);
	free(raw);
}

/* A Postfix DSN for `rcpt` with Message-ID <id@mx.test> returning
 * `returned` (a whole message) as message/rfc822; caller frees. */
static char *
dsn(const char *id, const char *rcpt, const char *status, const char *returned)
{
	return xasprintf(
	    "Return-Path: <>\n"
	    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
	    "To: robot@regbot.test\n"
	    "Subject: Undelivered Mail Returned to Sender\n"
	    "Message-ID: <%s@mx.test>\n"
	    "Auto-Submitted: auto-replied\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status;\n"
	    "\tboundary=\"BB\"\n\n"
	    "--BB\nContent-Type: text/plain\n\n"
	    "This is the mail system at host mx.example.org.\n\n"
	    "--BB\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.example.org\n\n"
	    "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\n"
	    "Diagnostic-Code: smtp; 550 %s User unknown\n\n"
	    "--BB\nContent-Type: message/rfc822\n\n%s\n--BB--\n",
	    id, rcpt, status, status, returned);
}

/* The data of the newest outbox mail of `kind` (caller frees). */
static char *
sent(const char *kind)
{
	char *d = text("SELECT CAST(data AS TEXT) FROM outbox WHERE kind = ?1"
		       " ORDER BY id DESC LIMIT 1",
		       kind);
	assert_non_null(d);
	return d;
}

static long
outbox_n(void)
{
	return count("SELECT count(*) FROM outbox WHERE ?1 IS NULL", NULL);
}

static long
audits(const char *action)
{
	return count("SELECT count(*) FROM audit WHERE action = ?1", action);
}

static long
audits_of(const char *action, const char *email)
{
	char *q = xasprintf("SELECT count(*) FROM audit a JOIN registrations r"
			    " ON r.id = a.registration WHERE a.action = ?1"
			    " AND r.email = '%s'",
			    email);
	long n = count(q, action);
	free(q);
	return n;
}

static char *
outcome_of(const char *msgid)
{
	return text("SELECT outcome FROM messages WHERE message_id = ?1",
		    msgid);
}

static void
test_confirmation_bounces(void **state)
{
	(void)state;
	self_register("Deelnemer Een", "een@b.example.org");
	char *conf = sent("confirmation");
	char *mid = text("SELECT message_id FROM outbox WHERE kind ="
			 " 'confirmation'",
			 NULL);
	assert_non_null(mid);
	assert_non_null(
	    strstr(conf, mid + 1)); /* the stored id is the sent one */
	long before = outbox_n();

	char *d1 = dsn("d1", "een@b.example.org", "5.1.1", conf);
	assert_int_equal(ingest(d1), PROCESS_DONE);
	char *oc = outcome_of("<d1@mx.test>");
	assert_string_equal(oc, "bounce");
	free(oc);
	assert_int_equal(outbox_n(), before); /* never answered */
	assert_int_equal(
	    count("SELECT count(*) FROM registrations WHERE email = ?1 AND"
		  " status = 'confirmed'",
		  "een@b.example.org"),
	    1); /* the seat stays */
	assert_int_equal(audits_of("bounce", "een@b.example.org"), 1);
	char *det =
	    text("SELECT detail FROM audit WHERE action = 'bounce'", NULL);
	assert_non_null(strstr(det, "the confirmation to een@b.example.org"));
	assert_non_null(strstr(det, "5.1.1"));
	assert_non_null(strstr(det, "Message-ID"));
	free(det);

	/* the same report again: known, nothing changes */
	assert_int_equal(ingest(d1), PROCESS_KNOWN);
	assert_int_equal(audits_of("bounce", "een@b.example.org"), 1);

	/* a second report about the same mail is the same failure */
	char *d2 = dsn("d2", "een@b.example.org", "5.1.1", conf);
	assert_int_equal(ingest(d2), PROCESS_DONE);
	assert_int_equal(audits_of("bounce", "een@b.example.org"), 2);
	assert_int_equal(
	    count("SELECT count(*) FROM failing_addresses WHERE address = ?1",
		  "een@b.example.org"),
	    0);

	/* a second mail to the address fails: the address is failing */
	self_register("Deelnemer Een", "een@b.example.org"); /* "already" */
	char *already = sent("already");
	char *d3 = dsn("d3", "een@b.example.org", "5.1.1", already);
	before = outbox_n();
	assert_int_equal(ingest(d3), PROCESS_DONE);
	assert_int_equal(outbox_n(), before);
	assert_int_equal(
	    count("SELECT failures FROM failing_addresses WHERE address = ?1",
		  "een@b.example.org"),
	    2);
	assert_int_equal(audits_of("address-failing", "een@b.example.org"), 1);
	/* and a third does not say so again */
	char *d4 = dsn("d4", "een@b.example.org", "5.1.1", already);
	assert_int_equal(ingest(d4), PROCESS_DONE);
	assert_int_equal(audits_of("address-failing", "een@b.example.org"), 1);
	assert_int_equal(
	    count("SELECT count(*) FROM registrations WHERE email = ?1 AND"
		  " status = 'confirmed'",
		  "een@b.example.org"),
	    1);
	free(d1);
	free(d2);
	free(d3);
	free(d4);
	free(already);
	free(mid);
	free(conf);
}

/* A transient report is logged and counts for nothing. */
static void
test_delay(void **state)
{
	(void)state;
	self_register("Deelnemer Twee", "twee@b.example.org");
	char *conf = sent("confirmation");
	for (int i = 0; i < 3; i++) {
		char id[8];
		snprintf(id, sizeof id, "t%d", i);
		char *d = dsn(id, "twee@b.example.org", "4.2.2", conf);
		assert_int_equal(ingest(d), PROCESS_DONE);
		free(d);
	}
	assert_int_equal(audits_of("bounce", "twee@b.example.org"), 3);
	assert_int_equal(audits_of("address-failing", "twee@b.example.org"), 0);
	assert_int_equal(count("SELECT count(*) FROM bounces WHERE address ="
			       " ?1 AND permanent = 0",
			       "twee@b.example.org"),
			 3);
	free(conf);
}

/* Matched by the code in the returned text only when the failed address
 * is the registration's; else, and without anything, unmatched. */
static void
test_code_and_unmatched(void **state)
{
	(void)state;
	self_register("Deelnemer Drie", "drie@b.example.org");
	char *code = text("SELECT code FROM registrations WHERE email = ?1",
			  "drie@b.example.org");
	assert_non_null(code);
	long before = outbox_n();
	/* an Exim bounce whose copy has lost its Message-ID */
	char *ex = xasprintf(
	    "Return-path: <>\nFrom: Mail Delivery System "
	    "<Mailer-Daemon@mail.example.nl>\nTo: robot@regbot.test\n"
	    "Subject: Mail delivery failed: returning message to sender\n"
	    "Message-Id: <%s@mail.example.nl>\n\n"
	    "This message was created automatically by mail delivery "
	    "software.\n\nA message that you sent could not be delivered. "
	    "The following address(es) failed:\n\n  %s\n    550 5.1.1 User "
	    "unknown\n\n------ This is a copy of the message, including all "
	    "the headers. ------\n\nSubject: Bevestiging aanmelding [%s]\n\n"
	    "Beste deelnemer,\n",
	    "x1", "drie@b.example.org", code);
	assert_int_equal(ingest(ex), PROCESS_DONE);
	char *oc = outcome_of("<x1@mail.example.nl>");
	assert_string_equal(oc, "bounce");
	free(oc);
	assert_int_equal(audits_of("bounce", "drie@b.example.org"), 1);
	char *det = text("SELECT detail FROM audit WHERE action = 'bounce'"
			 " ORDER BY id DESC",
			 NULL);
	assert_non_null(strstr(det, "reference code"));
	free(det);
	/* the same code in a bounce for another address (a forward to the
	 * organiser that quoted it) is not this registration's */
	char *other = xasprintf(
	    "Return-path: <>\nFrom: Mail Delivery System "
	    "<Mailer-Daemon@mail.example.nl>\nTo: robot@regbot.test\n"
	    "Subject: Mail delivery failed: returning message to sender\n"
	    "Message-Id: <x2@mail.example.nl>\n\n"
	    "This message was created automatically by mail delivery "
	    "software.\n\nThe following address(es) failed:\n\n"
	    "  secretariaat@elders.example.org\n    550 5.1.1 User unknown\n\n"
	    "------ This is a copy of the message, including all the "
	    "headers. ------\n\nSubject: Doorgestuurd [%s]\n\nVraag.\n",
	    code);
	assert_int_equal(ingest(other), PROCESS_DONE);
	oc = outcome_of("<x2@mail.example.nl>");
	assert_string_equal(oc, "bounce-unmatched");
	free(oc);
	assert_int_equal(audits_of("bounce", "drie@b.example.org"), 1);
	/* a report about mail the robot never sent */
	char *d = dsn("u1", "vreemd@example.net", "5.1.1",
		      "Message-ID: <iets@example.net>\nSubject: Reclame\n\n"
		      "Koop nu.\n");
	assert_int_equal(ingest(d), PROCESS_DONE);
	oc = outcome_of("<u1@mx.test>");
	assert_string_equal(oc, "bounce-unmatched");
	free(oc);
	assert_int_equal(audits("bounce-unmatched"), 2);
	assert_int_equal(
	    count("SELECT count(*) FROM audit WHERE action ="
		  " 'bounce-unmatched' AND registration IS NOT NULL AND"
		  " ?1 IS NULL",
		  NULL),
	    0);
	assert_int_equal(outbox_n(), before);
	free(d);
	free(other);
	free(ex);
	free(code);
}

/* A person's mail about an "undeliverable" message is read as mail. */
static void
test_human_prose(void **state)
{
	(void)state;
	assert_int_equal(ingest(human_prose), PROCESS_DONE);
	char *oc = outcome_of("<mens.15@example.nl>");
	assert_non_null(oc);
	assert_null(strstr(oc, "bounce"));
	free(oc);
}

/* The digest lists the bounces, the unmatched ones and the failing
 * address; `regbot show`'s store calls see them. */
static void
test_digest(void **state)
{
	(void)state;
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_non_null(fp);
	assert_int_equal(digest_print(&cfg, st, now, 0, fp), 0);
	fclose(fp);
	assert_non_null(strstr(out, "Teruggekomen mail ("));
	assert_non_null(
	    strstr(out, "Deelnemer Een [")); /* with the registration */
	assert_non_null(strstr(out, "niet afgeleverd, confirmation aan "
				    "een@b.example.org (5.1.1)"));
	assert_non_null(strstr(out, "niet afgeleverd (tijdelijke fout), "
				    "confirmation aan twee@b.example.org"));
	assert_non_null(
	    strstr(out, "Bounces die bij geen mail van de robot horen (2)"));
	assert_non_null(strstr(out, "Adressen waar mail niet aankomt (1;"));
	assert_non_null(strstr(out, "- een@b.example.org: Deelnemer Een ["));
	free(out);
	long total = 0, perm = 0;
	assert_int_equal(
	    store_bounce_counts(st, "een@b.example.org", &total, &perm), 0);
	assert_int_equal(total, 4);
	assert_int_equal(perm, 4);
	struct store_failing f;
	assert_int_equal(store_failing_get(st, "EEN@b.example.org", &f), 1);
	assert_int_equal(f.failures, 2);
	store_failing_clear(&f);
	assert_int_equal(store_failing_get(st, "twee@b.example.org", &f), 0);
}

int
main(void)
{
	const struct CMUnitTest parse[] = {
	    cmocka_unit_test(test_cases),
	    cmocka_unit_test(test_crlf),
	    cmocka_unit_test(test_odd_reports),
	};
	const struct CMUnitTest handle[] = {
	    cmocka_unit_test(test_confirmation_bounces),
	    cmocka_unit_test(test_delay),
	    cmocka_unit_test(test_code_and_unmatched),
	    cmocka_unit_test(test_human_prose),
	    cmocka_unit_test(test_digest),
	};
	log_open("test_bounce", 0, LOG_LVL_ERR);
	int rc = cmocka_run_group_tests_name("bounce", parse, NULL, NULL);
	rc += cmocka_run_group_tests_name("bouncelog", handle, setup, teardown);
	return rc;
}
