/*
 * bounce.
 *
 * The parser over hand-written reports, one per family (table-driven:
 * label, message, what must be read): a Postfix DSN, an Exchange DSN, a
 * DSN that returns only the header, a 4.x.x delay notice, a report of
 * successful delivery, a read receipt, Exim, Exim's delay warning,
 * qmail, Postfix and sendmail without a DSN, Exchange's plain Dutch
 * "Onbestelbaar", Office 365, Gmail and Domino; and a person's mail
 * that talks about an "undeliverable" message (not a bounce).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "bounce.h"
#include "message.h"
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

int
main(void)
{
	const struct CMUnitTest parse[] = {
	    cmocka_unit_test(test_cases),
	    cmocka_unit_test(test_crlf),
	    cmocka_unit_test(test_odd_reports),
	};
	log_open("test_bounce", 0, LOG_LVL_ERR);
	return cmocka_run_group_tests_name("bounce", parse, NULL, NULL);
}
