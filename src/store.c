/*
 * store — SQLite state (see store.h).
 *
 * Every statement is prepared once, when first used, from the table below
 * and bound with parameters; nothing is ever pasted into SQL.  Schema
 * changes are numbered migrations applied in order inside one transaction
 * each, with PRAGMA user_version as the schema number.  Errors are
 * returned and kept in st->err for the caller's log line; the store never
 * exits.
 */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* A registration that holds a seat: confirmed, or offered one.  R is
 * the row's prefix ("", "NEW.", "OLD."). */
#define SEAT_USED(R)                                                           \
	"(" R "status = 'confirmed' OR (" R "status = 'waitlisted' AND " R     \
	"offer_until IS NOT NULL))"
/* Keeps pool_used and org_used equal to the seats in use: ROW (NEW or
 * OLD) is counted (OP "+") or uncounted ("-") when it holds a seat. */
/* clang-format off */
#define SEAT_TRIGGER(NAME, EVENT, ROW, OP)                                     \
	"CREATE TRIGGER " NAME " AFTER " EVENT " ON registrations"             \
	" WHEN " SEAT_USED(ROW ".") " BEGIN"                                   \
	" INSERT OR IGNORE INTO pool_used VALUES (" ROW ".pool, 0);"           \
	" UPDATE pool_used SET used = used " OP " 1"                           \
	"  WHERE pool = " ROW ".pool;"                                         \
	" INSERT OR IGNORE INTO org_used SELECT " ROW ".pool, "                \
	ROW ".org_key, 0 WHERE " ROW ".org_key IS NOT NULL;"                   \
	" UPDATE org_used SET used = used " OP " 1"                            \
	"  WHERE pool = " ROW ".pool AND org_key = " ROW ".org_key;"           \
	" END;"
/* Keeps pool_waiting equal to the number waitlisted per pool (with or
 * without an offer), as SEAT_TRIGGER does for the seats in use. */
/* clang-format off */
#define WAIT_TRIGGER(NAME, EVENT, ROW, OP)                                     \
	"CREATE TRIGGER " NAME " AFTER " EVENT " ON registrations"             \
	" WHEN " ROW ".status = 'waitlisted' BEGIN"                            \
	" INSERT OR IGNORE INTO pool_waiting VALUES (" ROW ".pool, 0);"        \
	" UPDATE pool_waiting SET n = n " OP " 1 WHERE pool = " ROW ".pool;"   \
	" END;"
/* clang-format on */

static const char *const migrations[] = {
    /* 1: the first schema */
    "CREATE TABLE messages ("
    " id INTEGER PRIMARY KEY,"
    " msgkey TEXT NOT NULL UNIQUE,"
    " message_id TEXT,"
    " uidvalidity INTEGER NOT NULL DEFAULT 0,"
    " uid INTEGER NOT NULL DEFAULT 0,"
    " received_at TEXT NOT NULL,"
    " processed_at TEXT NOT NULL,"
    " from_addr TEXT, subject TEXT, raw_path TEXT,"
    " outcome TEXT NOT NULL, detail TEXT);"
    "CREATE INDEX messages_uid ON messages(uidvalidity, uid);"
    "CREATE TABLE message_uids ("
    " uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL,"
    " message INTEGER NOT NULL REFERENCES messages(id),"
    " PRIMARY KEY (uidvalidity, uid));"
    "CREATE TABLE registrations ("
    " id INTEGER PRIMARY KEY,"
    " code TEXT NOT NULL UNIQUE,"
    " name TEXT, email TEXT NOT NULL, organisation TEXT, role TEXT,"
    " phone TEXT, diet TEXT, invoice_address TEXT,"
    " invoice_reference TEXT,"
    " pool TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN"
    "  ('confirmed','waitlisted','cancelled','incomplete')),"
    " language TEXT NOT NULL DEFAULT 'nl',"
    " arrival INTEGER NOT NULL,"
    " received_at TEXT NOT NULL,"
    " registered_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " message INTEGER REFERENCES messages(id));"
    "CREATE UNIQUE INDEX registrations_active_email"
    " ON registrations(email COLLATE NOCASE)"
    " WHERE status <> 'cancelled';"
    "CREATE INDEX registrations_pool"
    " ON registrations(pool, status, arrival);"
    "CREATE TABLE outbox ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL,"
    " rcpt TEXT NOT NULL,"
    " data BLOB NOT NULL,"
    " message INTEGER REFERENCES messages(id),"
    " registration INTEGER REFERENCES registrations(id),"
    " created_at TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'pending'"
    "  CHECK (status IN ('pending','sent','failed')),"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at TEXT NOT NULL,"
    " last_error TEXT,"
    " sent_at TEXT);"
    "CREATE INDEX outbox_due ON outbox(status, next_attempt_at, id);"
    "CREATE INDEX outbox_rcpt ON outbox(rcpt COLLATE NOCASE, created_at);"
    "CREATE TABLE audit ("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " registration INTEGER REFERENCES registrations(id),"
    " message INTEGER REFERENCES messages(id),"
    " action TEXT NOT NULL,"
    " detail TEXT);"
    "CREATE INDEX audit_reg ON audit(registration, id);",
    /* 2: seat policy (issue: pools, fairness, offers, changes) */
    "ALTER TABLE registrations ADD COLUMN org_key TEXT;"
    "ALTER TABLE registrations ADD COLUMN hold TEXT;"
    "ALTER TABLE registrations ADD COLUMN offer_until TEXT;"
    "ALTER TABLE registrations ADD COLUMN cancelled_at TEXT;"
    "ALTER TABLE registrations ADD COLUMN fee_due INTEGER NOT NULL"
    " DEFAULT 0;"
    "ALTER TABLE registrations ADD COLUMN replaced_by INTEGER"
    " REFERENCES registrations(id);"
    "ALTER TABLE registrations ADD COLUMN pool_fixed INTEGER NOT NULL"
    " DEFAULT 0;"
    "CREATE INDEX registrations_org ON registrations(pool, org_key);",
    /* 3: scheduled jobs (digest, reminders, attendance lists), one row
     * per run, so nothing is sent twice, also after a restart */
    "CREATE TABLE job_runs ("
    " key TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " due_at TEXT NOT NULL,"
    " ran_at TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " mails INTEGER NOT NULL DEFAULT 0,"
    " mark INTEGER NOT NULL DEFAULT 0);" /* the newest audit id covered */
    "CREATE INDEX job_runs_kind ON job_runs(kind, outcome, ran_at);",
    /* 4: the calendar entries each registration was sent, so SEQUENCE
     * rises when a course day changes or an entry is cancelled */
    "CREATE TABLE calendar_sent ("
    " registration INTEGER NOT NULL REFERENCES registrations(id),"
    " day INTEGER NOT NULL,"
    " uid TEXT NOT NULL,"
    " sequence INTEGER NOT NULL CHECK (sequence >= 0),"
    " fingerprint TEXT NOT NULL,"
    " method TEXT NOT NULL CHECK (method IN ('PUBLISH','CANCEL')),"
    " outbox_key TEXT NOT NULL,"
    " sent_at TEXT NOT NULL,"
    " PRIMARY KEY (registration, day));",
    /* 5: how often a message was perhaps delivered (the connection was
     * cut or timed out after its whole text was sent), so such a message
     * is retried only a bounded number of times */
    "ALTER TABLE outbox ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;",
    /* 6: IMAP messages that could not be fetched, processed or moved:
     * attempts count across runs (also `once`), a backoff, and
     * quarantine, so one bad message never blocks the others */
    "CREATE TABLE mailbox_trouble ("
    " uidvalidity INTEGER NOT NULL, uid INTEGER NOT NULL,"
    " stage TEXT NOT NULL CHECK (stage IN ('fetch','process','move')),"
    " attempts INTEGER NOT NULL,"
    " last_error TEXT NOT NULL,"
    " first_at TEXT NOT NULL, last_at TEXT NOT NULL,"
    " next_at TEXT NOT NULL,"
    " quarantined INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (uidvalidity, uid));",
    /* 7: how the daemon fares, for `regbot status` and the digest: the
     * last good IMAP check and SMTP send, and the last error of each */
    "CREATE TABLE health ("
    " key TEXT PRIMARY KEY,"
    " value TEXT NOT NULL,"
    " at TEXT NOT NULL);",
    /* 8: incoming mail is known by Message-ID plus a hash of its body
     * (two different mails may share a Message-ID); the hash of its
     * decoded text finds an autoresponder's repeated answer.  Rows from
     * before have NULL hashes: such a Message-ID stays known. */
    "ALTER TABLE messages ADD COLUMN body_sha256 TEXT;"
    "ALTER TABLE messages ADD COLUMN text_sha256 TEXT;"
    "CREATE INDEX messages_text ON messages(from_addr, text_sha256);",
    /* 9: nothing a message does may cost more as the store grows (issue
     * 12).  Indexes for the lookups each message makes (codes and
     * addresses compare without case, so their indexes do too; open
     * offers; forwards per sender; the outbox's pending mail in order),
     * and the seats in use per pool and per organisation kept as
     * counts by triggers, so deciding a seat counts nothing. */
    "CREATE INDEX registrations_code ON registrations(code COLLATE NOCASE);"
    "CREATE INDEX registrations_offers ON registrations(offer_until)"
    " WHERE status = 'waitlisted' AND offer_until IS NOT NULL;"
    "DROP INDEX messages_text;"
    "CREATE INDEX messages_from"
    " ON messages(from_addr COLLATE NOCASE, text_sha256);"
    "CREATE INDEX outbox_message ON outbox(message);"
    "CREATE INDEX outbox_pending ON outbox(id) WHERE status = 'pending';"
    /* the keys that point at a registration: an insert in a statement
     * with triggers compiles a search for them (foreign keys) */
    "CREATE INDEX outbox_registration ON outbox(registration);"
    "CREATE INDEX registrations_replaced ON registrations(replaced_by)"
    " WHERE replaced_by IS NOT NULL;"
    "CREATE TABLE pool_used ("
    " pool TEXT PRIMARY KEY, used INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE org_used ("
    " pool TEXT NOT NULL, org_key TEXT NOT NULL, used INTEGER NOT NULL,"
    " PRIMARY KEY (pool, org_key)) WITHOUT ROWID;"
    /* clang-format off */
    "INSERT INTO pool_used SELECT pool, count(*) FROM registrations"
    " WHERE " SEAT_USED("") " GROUP BY pool;"
    "INSERT INTO org_used SELECT pool, org_key, count(*)"
    " FROM registrations WHERE org_key IS NOT NULL"
    " AND " SEAT_USED("") " GROUP BY pool, org_key;"
    SEAT_TRIGGER("seat_used_insert", "INSERT", "NEW", "+")
    SEAT_TRIGGER("seat_used_update_old", "UPDATE", "OLD", "-")
    SEAT_TRIGGER("seat_used_update_new", "UPDATE", "NEW", "+")
    SEAT_TRIGGER("seat_used_delete", "DELETE", "OLD", "-")
    "CREATE TABLE pool_waiting ("
    " pool TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO pool_waiting SELECT pool, count(*) FROM registrations"
    " WHERE status = 'waitlisted' GROUP BY pool;"
    WAIT_TRIGGER("waiting_insert", "INSERT", "NEW", "+")
    WAIT_TRIGGER("waiting_update_old", "UPDATE", "OLD", "-")
    WAIT_TRIGGER("waiting_update_new", "UPDATE", "NEW", "+")
    WAIT_TRIGGER("waiting_delete", "DELETE", "OLD", "-"),
    /* clang-format on */
};

enum stmt {
	Q_MSG_KNOWN,
	Q_MSG_UID_KNOWN,
	Q_MSG_SET_UID,
	Q_MSG_INSERT,
	Q_MSG_OUTCOME,
	Q_REG_ACTIVE,
	Q_REG_CODE,
	Q_REG_INSERT,
	Q_REG_UPDATE,
	Q_REG_COUNT,
	Q_REG_EACH,
	Q_REG_EACH_STATUS,
	Q_REG_USED,
	Q_REG_ORG_USED,
	Q_REG_NEXT_WAITING,
	Q_REG_OFFERS_EXPIRED,
	Q_AUDIT,
	Q_AUDIT_EACH,
	Q_AUDIT_LAST_STATUS,
	Q_OUT_ADD,
	Q_OUT_NEXT,
	Q_OUT_SENT,
	Q_OUT_RETRY,
	Q_OUT_FAILED,
	Q_OUT_COUNT,
	Q_REPLIES_SINCE,
	Q_OUT_UNCERTAIN,
	Q_JOB_ADD,
	Q_JOB_EACH,
	Q_JOB_LAST,
	Q_AUDIT_MARK,
	Q_AUDIT_SINCE,
	Q_MSG_HUMAN,
	Q_OUT_FAILED_EACH,
	Q_REG_CONFIRMED_AT,
	Q_CAL_GET,
	Q_CAL_PUT,
	Q_REG_ID,
	Q_MBX_GET,
	Q_MBX_NOTE,
	Q_MBX_DEL,
	Q_MBX_EACH,
	Q_HEALTH_SET,
	Q_HEALTH_GET,
	Q_OUT_OLDEST,
	Q_MSG_ASIDE,
	Q_RAW_OLD,
	Q_RAW_CLEAR,
	Q_MSG_SAME,
	Q_MSG_REPEAT,
	Q_FORWARDS_SINCE,
	Q_MSG_FROM,
	Q_NOREPLY_COUNT,
	Q_BEGIN,
	Q_COMMIT,
	Q_ROLLBACK,
	Q__COUNT
};

/* The columns read_reg reads, with POSITION (the waitlist position, 0
 * when not waitlisted) in between. */
#define REG_COLS_WITH(POSITION)                                                \
	"r.id, r.code, r.name, r.email, r.organisation, r.role, r.phone, "     \
	"r.diet, r.invoice_address, r.invoice_reference, r.pool, r.status, "   \
	"r.language, r.arrival, r.received_at, r.registered_at, "              \
	"r.updated_at, r.message, CASE WHEN r.status = 'waitlisted' "          \
	"THEN " POSITION " ELSE 0 END, "                                       \
	"r.org_key, r.hold, r.offer_until, r.cancelled_at, r.fee_due, "        \
	"r.replaced_by, r.pool_fixed"
/* One registration: its position counted in the pool's waitlist index
 * from the nearer end.  Up to POS_AHEAD_MAX ahead of it are counted;
 * beyond that it is the pool's waiting count (kept by triggers) less
 * those behind it.  A newcomer at the end of a long waitlist, whose
 * position every waitlist reply shows, costs no more than the first in
 * line (the waitlist of 10,000 cost each reply 10,000 index steps). */
#define POS_AHEAD_MAX "64"
#define POS_AHEAD                                                              \
	"(SELECT count(*) FROM (SELECT 1 FROM registrations w WHERE w.pool = " \
	"r.pool AND w.status = 'waitlisted' AND w.arrival <= r.arrival "       \
	"LIMIT " POS_AHEAD_MAX "))"
#define POS_BEHIND                                                             \
	"(SELECT n FROM pool_waiting WHERE pool = r.pool) - (SELECT count(*) " \
	"FROM registrations w WHERE w.pool = r.pool AND w.status = "           \
	"'waitlisted' AND w.arrival > r.arrival)"
#define REG_COLS                                                               \
	REG_COLS_WITH("CASE WHEN " POS_AHEAD " < " POS_AHEAD_MAX               \
		      " THEN " POS_AHEAD " ELSE " POS_BEHIND " END")
/* Every registration (or every one of a status): the positions in one
 * pass over the rows (a count per row made listing a long waitlist
 * quadratic).  The frame is the rows of the same pool and status that
 * arrived no later, as in REG_COLS. */
#define REG_COLS_ALL                                                           \
	REG_COLS_WITH("count(*) OVER (PARTITION BY r.pool, r.status ORDER BY " \
		      "r.arrival)")

static const char *const sql[Q__COUNT] = {
    [Q_MSG_KNOWN] = "SELECT 1 FROM messages WHERE msgkey = ?1",
    [Q_MSG_UID_KNOWN] = "SELECT 1 FROM message_uids"
			" WHERE uidvalidity = ?1 AND uid = ?2",
    [Q_MSG_SET_UID] = "INSERT OR IGNORE INTO message_uids"
		      " SELECT ?2, ?3, id FROM messages WHERE msgkey = ?1",
    [Q_MSG_INSERT] =
	"INSERT INTO messages (msgkey, message_id, uidvalidity, uid,"
	" received_at, processed_at, from_addr, subject, raw_path,"
	" outcome, detail, body_sha256, text_sha256)"
	" VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
    /* 1: the same body (or a row from before migration 5), 2: another */
    [Q_MSG_SAME] = "SELECT CASE WHEN body_sha256 IS NULL OR body_sha256 ="
		   " ?2 THEN 1 ELSE 2 END FROM messages WHERE msgkey = ?1",
    [Q_MSG_REPEAT] = "SELECT count(*) FROM messages WHERE from_addr = ?1"
		     " COLLATE NOCASE AND text_sha256 = ?2 AND"
		     " processed_at >= ?3",
    [Q_FORWARDS_SINCE] = "SELECT count(*) FROM outbox o JOIN messages m"
			 " ON m.id = o.message WHERE o.kind = 'forward'"
			 " AND m.from_addr = ?1 COLLATE NOCASE AND"
			 " o.created_at >= ?2",
    [Q_MSG_FROM] = "SELECT from_addr FROM messages WHERE id = ?1",
    [Q_NOREPLY_COUNT] = "SELECT count(*) FROM audit WHERE id > ?1 AND"
			" id <= ?2 AND action = 'no-reply'",
    [Q_MSG_OUTCOME] = "UPDATE messages SET outcome = ?2 WHERE id = ?1",
    [Q_REG_ACTIVE] = "SELECT " REG_COLS " FROM registrations r"
		     " WHERE r.email = ?1 COLLATE NOCASE"
		     " AND r.status <> 'cancelled'",
    [Q_REG_CODE] = "SELECT " REG_COLS " FROM registrations r"
		   " WHERE r.code = ?1 COLLATE NOCASE",
    [Q_REG_INSERT] =
	"INSERT INTO registrations (code, name, email, organisation, role,"
	" phone, diet, invoice_address, invoice_reference, pool, status,"
	" language, arrival, received_at, registered_at, updated_at,"
	" message, org_key, hold, offer_until, cancelled_at, fee_due,"
	" replaced_by, pool_fixed) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,"
	"?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24)",
    [Q_REG_UPDATE] =
	"UPDATE registrations SET name=?2, email=?3, organisation=?4,"
	" role=?5, phone=?6, diet=?7, invoice_address=?8,"
	" invoice_reference=?9, pool=?10, status=?11, language=?12,"
	" arrival=?13, updated_at=?14, org_key=?15, hold=?16,"
	" offer_until=?17, cancelled_at=?18, fee_due=?19, replaced_by=?20,"
	" pool_fixed=?21 WHERE id = ?1",
    [Q_REG_COUNT] = "SELECT count(*) FROM registrations"
		    " WHERE pool = ?1 AND status = ?2",
    [Q_REG_EACH] = "SELECT " REG_COLS_ALL " FROM registrations r"
		   " ORDER BY r.arrival, r.id",
    [Q_REG_EACH_STATUS] = "SELECT " REG_COLS_ALL " FROM registrations r"
			  " WHERE r.status = ?1 ORDER BY r.arrival, r.id",
    /* counts kept by triggers (migration 9) */
    [Q_REG_USED] = "SELECT used FROM pool_used WHERE pool = ?1",
    [Q_REG_ORG_USED] = "SELECT used FROM org_used WHERE pool = ?1"
		       " AND org_key = ?2",
    /* The first in line who may take a seat: not ?2, and not held by
     * the organisation cap ?3 (0: none).  Those held keep their place
     * and are passed over. */
    [Q_REG_NEXT_WAITING] =
	"SELECT " REG_COLS " FROM registrations r"
	" WHERE r.pool = ?1 AND r.status = 'waitlisted'"
	" AND r.offer_until IS NULL AND r.id <> ?2 AND (?3 = 0 OR"
	" r.org_key IS NULL OR r.org_key = '' OR coalesce((SELECT u.used"
	" FROM org_used u WHERE u.pool = r.pool AND u.org_key = r.org_key),"
	" 0) < ?3) ORDER BY r.arrival, r.id LIMIT 1",
    [Q_REG_OFFERS_EXPIRED] = "SELECT " REG_COLS " FROM registrations r"
			     " WHERE r.status = 'waitlisted' AND"
			     " r.offer_until IS NOT NULL AND"
			     " r.offer_until <= ?1 ORDER BY r.arrival",
    [Q_AUDIT_EACH] = "SELECT at, action, detail, message FROM audit"
		     " WHERE registration = ?1 ORDER BY id",
    [Q_AUDIT_LAST_STATUS] = "SELECT action FROM audit WHERE registration"
			    " = ?1 AND action IN ('confirmed','waitlisted',"
			    "'cancelled','incomplete') ORDER BY id DESC"
			    " LIMIT 1",
    [Q_AUDIT] = "INSERT INTO audit (at, registration, message, action,"
		" detail) VALUES (?1, ?2, ?3, ?4, ?5)",
    [Q_OUT_ADD] =
	"INSERT OR IGNORE INTO outbox (key, kind, rcpt, data, message,"
	" registration, created_at, next_attempt_at)"
	" VALUES (?1,?2,?3,?4,?5,?6,?7,?7)",
    /* In id order from `after`: each pending row is looked at once per
     * run (outbox_due would sort every due row, with its bytes, for
     * each message sent). */
    [Q_OUT_NEXT] = "SELECT id, key, kind, rcpt, data, status, attempts,"
		   " last_error, created_at, uncertain FROM outbox"
		   " INDEXED BY outbox_pending WHERE status = 'pending'"
		   " AND next_attempt_at <= ?1 AND id > ?2"
		   " ORDER BY id LIMIT 1",
    [Q_OUT_SENT] = "UPDATE outbox SET status = 'sent', sent_at = ?2,"
		   " attempts = attempts + 1, last_error = NULL"
		   " WHERE id = ?1",
    [Q_OUT_RETRY] = "UPDATE outbox SET next_attempt_at = ?2,"
		    " attempts = attempts + 1, last_error = ?3"
		    " WHERE id = ?1",
    [Q_OUT_FAILED] = "UPDATE outbox SET status = 'failed',"
		     " attempts = attempts + 1, last_error = ?2"
		     " WHERE id = ?1",
    [Q_OUT_UNCERTAIN] = "UPDATE outbox SET status = CASE WHEN ?2 IS NULL"
			" THEN 'failed' ELSE status END,"
			" next_attempt_at = coalesce(?2, next_attempt_at),"
			" attempts = attempts + 1,"
			" uncertain = uncertain + 1, last_error = ?3"
			" WHERE id = ?1",
    [Q_OUT_COUNT] = "SELECT count(*) FROM outbox WHERE status = ?1",
    /* Only replies count towards the rate limit, not the scheduled
     * mails a participant did not ask for. */
    [Q_REPLIES_SINCE] = "SELECT count(*) FROM outbox WHERE rcpt = ?1"
			" COLLATE NOCASE AND created_at >= ?2 AND kind NOT"
			" IN ('digest','reminder','attendance')",
    [Q_JOB_ADD] = "INSERT OR IGNORE INTO job_runs (key, kind, due_at, ran_at,"
		  " outcome, mails, mark) VALUES (?1,?2,?3,?4,?5,?6,?7)",
    [Q_JOB_EACH] = "SELECT key FROM job_runs ORDER BY key",
    [Q_JOB_LAST] = "SELECT ran_at, mark FROM job_runs WHERE kind = ?1"
		   " AND outcome = ?2 ORDER BY ran_at DESC, rowid DESC"
		   " LIMIT 1",
    [Q_AUDIT_MARK] = "SELECT coalesce(max(id), 0) FROM audit",
    [Q_AUDIT_SINCE] =
	"SELECT a.at, a.action, a.detail, a.registration, r.code, r.name,"
	" r.email, r.organisation, r.pool, r.status FROM audit a"
	" LEFT JOIN registrations r ON r.id = a.registration"
	" WHERE a.id > ?1 AND a.id <= ?2 ORDER BY a.id",
    /* Every message handed to a human has a to-organiser entry. */
    [Q_MSG_HUMAN] =
	"SELECT m.id, m.msgkey, m.received_at, m.processed_at, m.from_addr,"
	" m.subject, m.outcome, m.detail FROM messages m WHERE m.id IN"
	" (SELECT a.message FROM audit a WHERE a.id > ?1 AND a.id <= ?2"
	" AND a.action = 'to-organiser') AND m.outcome IN ('set-aside',"
	"'needs-human','question','closed') ORDER BY m.id",
    [Q_OUT_FAILED_EACH] = "SELECT id, key, kind, rcpt, status, attempts,"
			  " last_error, created_at FROM outbox"
			  " WHERE status = 'failed' ORDER BY id",
    [Q_REG_CONFIRMED_AT] = "SELECT max(at) FROM audit WHERE registration ="
			   " ?1 AND action = 'confirmed'",
    [Q_CAL_GET] = "SELECT sequence, fingerprint, method FROM calendar_sent"
		  " WHERE registration = ?1 AND day = ?2",
    [Q_CAL_PUT] = "INSERT INTO calendar_sent (registration, day, uid,"
		  " sequence, fingerprint, method, outbox_key, sent_at)"
		  " VALUES (?1,?2,?3,?4,?5,?6,?7,?8)"
		  " ON CONFLICT (registration, day) DO UPDATE SET"
		  " uid = ?3, sequence = ?4, fingerprint = ?5, method = ?6,"
		  " outbox_key = ?7, sent_at = ?8",
    [Q_REG_ID] = "SELECT " REG_COLS " FROM registrations r WHERE r.id = ?1",
    [Q_MBX_GET] = "SELECT stage, attempts, last_error, first_at, last_at,"
		  " next_at, quarantined FROM mailbox_trouble"
		  " WHERE uidvalidity = ?1 AND uid = ?2",
    [Q_MBX_NOTE] = "INSERT INTO mailbox_trouble (uidvalidity, uid, stage,"
		   " attempts, last_error, first_at, last_at, next_at,"
		   " quarantined) VALUES (?1,?2,?3,1,?4,?5,?5,?6,?7)"
		   " ON CONFLICT (uidvalidity, uid) DO UPDATE SET"
		   " stage = ?3, attempts = attempts + 1,"
		   " last_error = ?4, last_at = ?5, next_at = ?6,"
		   " quarantined = ?7",
    [Q_MBX_DEL] = "DELETE FROM mailbox_trouble"
		  " WHERE uidvalidity = ?1 AND uid = ?2",
    [Q_MBX_EACH] = "SELECT uidvalidity, uid, stage, attempts, last_error,"
		   " first_at, last_at, next_at, quarantined"
		   " FROM mailbox_trouble ORDER BY first_at, uid",
    [Q_HEALTH_SET] = "INSERT OR REPLACE INTO health (key, value, at)"
		     " VALUES (?1, ?2, ?3)",
    [Q_HEALTH_GET] = "SELECT value, at FROM health WHERE key = ?1",
    [Q_OUT_OLDEST] = "SELECT kind, rcpt, created_at, attempts, last_error,"
		     " next_attempt_at FROM outbox INDEXED BY outbox_pending"
		     " WHERE status = 'pending'"
		     " ORDER BY id LIMIT 1",
    [Q_MSG_ASIDE] = "SELECT count(*), max(processed_at) FROM messages"
		    " WHERE outcome = 'set-aside'",
    [Q_RAW_OLD] = "SELECT id, raw_path FROM messages WHERE raw_path IS NOT"
		  " NULL AND processed_at < ?1 ORDER BY id LIMIT 500",
    [Q_RAW_CLEAR] = "UPDATE messages SET raw_path = NULL WHERE id = ?1",
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
};

struct store {
	sqlite3 *db;
	sqlite3_stmt *q[Q__COUNT];
	char *err;
};

static int
fail(struct store *st, const char *what)
{
	free(st->err);
	st->err = xasprintf("%s: %s", what, sqlite3_errmsg(st->db));
	return -1;
}

const char *
store_error(struct store *st)
{
	return st->err ? st->err : "no error";
}

static int
exec(struct store *st, const char *s)
{
	char *msg = NULL;
	if (sqlite3_exec(st->db, s, NULL, NULL, &msg) != SQLITE_OK) {
		free(st->err);
		st->err = xasprintf("%s", msg ? msg : "sqlite error");
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int
migrate(struct store *st)
{
	int n = (int)(sizeof migrations / sizeof migrations[0]);
	/* Up to date (the usual case): no write lock, so `list` and `status`
	 * open a store another program holds a write lock on. */
	sqlite3_stmt *q;
	int current = -1;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &q, NULL) ==
	    SQLITE_OK) {
		if (sqlite3_step(q) == SQLITE_ROW)
			current = sqlite3_column_int(q, 0);
		sqlite3_finalize(q);
	}
	if (current == n)
		return 0;
	/* Each step reads the version inside its own write transaction:
	 * two processes that open a new store at once (the daemon and a
	 * `regbot list`) must not both create the schema. */
	for (;;) {
		if (exec(st, "BEGIN IMMEDIATE"))
			return -1;
		sqlite3_stmt *s;
		int version = -1;
		if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s,
				       NULL) == SQLITE_OK) {
			if (sqlite3_step(s) == SQLITE_ROW)
				version = sqlite3_column_int(s, 0);
			sqlite3_finalize(s);
		}
		if (version < 0 || version >= n) {
			exec(st, "ROLLBACK");
			if (version < 0)
				return fail(st, "schema version");
			if (version > n) {
				free(st->err);
				st->err = xasprintf("database schema %d is "
						    "newer than this regbot "
						    "(%d)",
						    version, n);
				return -1;
			}
			return 0;
		}
		char *set = xasprintf("PRAGMA user_version = %d", version + 1);
		int r = exec(st, migrations[version]) || exec(st, set) ||
			exec(st, "COMMIT");
		free(set);
		if (r) {
			char *e = xstrdup(st->err);
			exec(st, "ROLLBACK");
			free(st->err);
			st->err = xasprintf("migration %d: %s", version + 1, e);
			free(e);
			return -1;
		}
	}
}

/* Creates the database file 0600 before SQLite would (0644 less the
 * umask) and tightens files an older regbot left readable. */
static int
private_files(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	close(fd);
	static const char *const sfx[] = {"", "-wal", "-shm", "-journal"};
	for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
		char *p = xasprintf("%s%s", path, sfx[i]);
		if (util_make_private(p, 0600) < 0)
			log_warn(NULL, "%s: cannot make it private: %s", p,
				 strerror(errno));
		free(p);
	}
	return 0;
}

int
store_open(const char *spool, struct store **out, char **err)
{
	*out = NULL;
	if (util_mkdir_p(spool, 0700) < 0) {
		*err = xasprintf("spool %s: %s", spool, strerror(errno));
		return -1;
	}
	/* Codes, phone numbers and invoice addresses live here: private
	 * whatever the umask or whoever made the directory.  SQLite gives
	 * the -wal and -shm files the database file's mode. */
	if (util_make_private(spool, 0700) < 0)
		log_warn(NULL, "spool %s: cannot make it private: %s", spool,
			 strerror(errno));
	struct store *st = xcalloc(1, sizeof *st);
	char *path = xasprintf("%s/regbot.db", spool);
	if (private_files(path) < 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		free(path);
		free(st);
		return -1;
	}
	int rc = sqlite3_open_v2(path, &st->db,
				 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
				     SQLITE_OPEN_FULLMUTEX,
				 NULL);
	if (rc != SQLITE_OK) {
		*err = xasprintf("%s: %s", path,
				 st->db ? sqlite3_errmsg(st->db)
					: sqlite3_errstr(rc));
		free(path);
		store_close(st);
		return -1;
	}
	sqlite3_busy_timeout(st->db, 10000);
	/* A store that other processes create or convert at this moment can
	 * answer "locked" at once, without waiting for the busy timeout
	 * (switching to WAL takes an exclusive lock): try again for a few
	 * seconds before giving up. */
	int setup = -1;
	for (int tries = 0; tries < 100; tries++) {
		setup = exec(st, "PRAGMA journal_mode = WAL") ||
				exec(st, "PRAGMA synchronous = FULL") ||
				exec(st, "PRAGMA foreign_keys = ON") ||
				migrate(st)
			    ? -1
			    : 0;
		int code = sqlite3_errcode(st->db) & 0xff;
		if (setup == 0 ||
		    (code != SQLITE_BUSY && code != SQLITE_LOCKED))
			break;
		struct timespec ts = {0, 50 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	if (setup < 0) {
		*err = xasprintf("%s: %s", path, st->err);
		free(path);
		store_close(st);
		return -1;
	}
	/* Statements are prepared when first used: a process that runs a
	 * few (an `ingest` start, `status`) does not compile them all.
	 * test_store prepares every one. */
	free(path);
	*out = st;
	return 0;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	for (int i = 0; i < Q__COUNT; i++)
		sqlite3_finalize(st->q[i]);
	sqlite3_close(st->db);
	free(st->err);
	free(st);
}

/* Binds by a type string: s = text (NULL ok), i = int64, b = blob+len. */
static sqlite3_stmt *
bind(struct store *st, enum stmt q, const char *types, ...)
{
	if (st->q[q] == NULL &&
	    sqlite3_prepare_v3(st->db, sql[q], -1, SQLITE_PREPARE_PERSISTENT,
			       &st->q[q], NULL) != SQLITE_OK) {
		fail(st, "prepare");
		return NULL;
	}
	sqlite3_stmt *s = st->q[q];
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	va_list ap;
	va_start(ap, types);
	for (int i = 1; *types; types++, i++) {
		int rc = SQLITE_OK;
		if (*types == 's') {
			const char *v = va_arg(ap, const char *);
			rc =
			    v ? sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT)
			      : sqlite3_bind_null(s, i);
		} else if (*types == 'i') {
			rc = sqlite3_bind_int64(s, i, va_arg(ap, int64_t));
		} else if (*types == 'b') {
			const void *v = va_arg(ap, const void *);
			size_t n = va_arg(ap, size_t);
			rc = sqlite3_bind_blob64(s, i, v, n, SQLITE_TRANSIENT);
		}
		if (rc != SQLITE_OK) {
			va_end(ap);
			fail(st, "bind");
			return NULL;
		}
	}
	va_end(ap);
	return s;
}

/* Steps a statement that returns no rows. */
static int
run(struct store *st, sqlite3_stmt *s, const char *what)
{
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : fail(st, what);
}

/* Steps a statement returning one integer; -1 on error, dflt if no row. */
static int64_t
scalar(struct store *st, sqlite3_stmt *s, const char *what, int64_t dflt)
{
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	int64_t v = dflt;
	if (rc == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		v = fail(st, what);
	sqlite3_reset(s);
	return v;
}

int
store_begin(struct store *st)
{
	return run(st, bind(st, Q_BEGIN, ""), "begin");
}

int
store_commit(struct store *st)
{
	return run(st, bind(st, Q_COMMIT, ""), "commit");
}

void
store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		run(st, bind(st, Q_ROLLBACK, ""), "rollback");
}

int
store_message_known(struct store *st, const char *msgkey)
{
	return (int)scalar(st, bind(st, Q_MSG_KNOWN, "s", msgkey),
			   "message lookup", 0);
}

int
store_message_uid_known(struct store *st, int64_t uidvalidity, int64_t uid)
{
	return (int)scalar(st,
			   bind(st, Q_MSG_UID_KNOWN, "ii", uidvalidity, uid),
			   "uid lookup", 0);
}

int
store_message_set_uid(struct store *st, const char *msgkey, int64_t uidvalidity,
		      int64_t uid)
{
	if (uid == 0)
		return 0;
	return run(st, bind(st, Q_MSG_SET_UID, "sii", msgkey, uidvalidity, uid),
		   "record uid");
}

int
store_message_insert(struct store *st, struct store_msg *m)
{
	sqlite3_stmt *s =
	    bind(st, Q_MSG_INSERT, "ssiisssssssss", m->msgkey, m->message_id,
		 m->uidvalidity, m->uid, m->received_at, m->processed_at,
		 m->from_addr, m->subject, m->raw_path, m->outcome, m->detail,
		 m->body_sha256, m->text_sha256);
	if (run(st, s, "insert message") < 0)
		return -1;
	m->id = sqlite3_last_insert_rowid(st->db);
	return store_message_set_uid(st, m->msgkey, m->uidvalidity, m->uid);
}

static char *col_text(sqlite3_stmt *s, int i);

int
store_message_same(struct store *st, const char *msgkey,
		   const char *body_sha256)
{
	return (int)scalar(st, bind(st, Q_MSG_SAME, "ss", msgkey, body_sha256),
			   "message lookup", 0);
}

long
store_message_repeats(struct store *st, const char *from_addr,
		      const char *text_sha256, const char *since)
{
	return (long)scalar(
	    st, bind(st, Q_MSG_REPEAT, "sss", from_addr, text_sha256, since),
	    "repeat lookup", 0);
}

long
store_forwards_since(struct store *st, const char *from_addr, const char *since)
{
	return (long)scalar(st,
			    bind(st, Q_FORWARDS_SINCE, "ss", from_addr, since),
			    "forward count", 0);
}

int
store_message_from(struct store *st, int64_t id, char **from)
{
	*from = NULL;
	sqlite3_stmt *s = bind(st, Q_MSG_FROM, "i", id);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*from = col_text(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(st, "message");
	return *from != NULL;
}

long
store_noreply_count(struct store *st, int64_t after, int64_t upto)
{
	return (long)scalar(st, bind(st, Q_NOREPLY_COUNT, "ii", after, upto),
			    "no-reply count", 0);
}

int
store_message_set_outcome(struct store *st, int64_t id, const char *outcome)
{
	return run(st, bind(st, Q_MSG_OUTCOME, "is", id, outcome), "outcome");
}

static const char *const reg_keys[RF__COUNT] = {
    "name",  "email", "organisation",	 "role",
    "phone", "diet",  "invoice_address", "invoice_reference"};

const char *
reg_field_key(enum reg_field f)
{
	return reg_keys[f];
}

void
reg_clear(struct reg *r)
{
	if (r == NULL)
		return;
	free(r->code);
	for (int i = 0; i < RF__COUNT; i++)
		free(r->f[i]);
	free(r->pool);
	free(r->status);
	free(r->language);
	free(r->received_at);
	free(r->registered_at);
	free(r->updated_at);
	free(r->org_key);
	free(r->hold);
	free(r->offer_until);
	free(r->cancelled_at);
	memset(r, 0, sizeof *r);
}

void
reg_copy(struct reg *d, const struct reg *s)
{
	*d = *s;
	d->code = xstrdup(s->code);
	for (int i = 0; i < RF__COUNT; i++)
		d->f[i] = xstrdup(s->f[i]);
	char **strs[] = {&d->pool,	  &d->status,	     &d->language,
			 &d->received_at, &d->registered_at, &d->updated_at,
			 &d->org_key,	  &d->hold,	     &d->offer_until,
			 &d->cancelled_at};
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
		*strs[i] = xstrdup(*strs[i]);
}

static char *
col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static void
read_reg(sqlite3_stmt *s, struct reg *r)
{
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(s, 0);
	r->code = col_text(s, 1);
	for (int i = 0; i < RF__COUNT; i++)
		r->f[i] = col_text(s, 2 + i);
	r->pool = col_text(s, 10);
	r->status = col_text(s, 11);
	r->language = col_text(s, 12);
	r->arrival = sqlite3_column_int64(s, 13);
	r->received_at = col_text(s, 14);
	r->registered_at = col_text(s, 15);
	r->updated_at = col_text(s, 16);
	r->message = sqlite3_column_int64(s, 17);
	r->waitlist_position = (long)sqlite3_column_int64(s, 18);
	r->org_key = col_text(s, 19);
	r->hold = col_text(s, 20);
	r->offer_until = col_text(s, 21);
	r->cancelled_at = col_text(s, 22);
	r->fee_due = sqlite3_column_int(s, 23);
	r->replaced_by = sqlite3_column_int64(s, 24);
	r->pool_fixed = sqlite3_column_int(s, 25);
}

static int
reg_one(struct store *st, sqlite3_stmt *s, struct reg *r)
{
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	int found = 0;
	if (rc == SQLITE_ROW) {
		read_reg(s, r);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "registration lookup");
	sqlite3_reset(s);
	return found;
}

int
store_reg_find_active(struct store *st, const char *email, struct reg *r)
{
	return reg_one(st, bind(st, Q_REG_ACTIVE, "s", email), r);
}

int
store_reg_find_code(struct store *st, const char *code, struct reg *r)
{
	return reg_one(st, bind(st, Q_REG_CODE, "s", code), r);
}

int
store_reg_insert(struct store *st, struct reg *r)
{
	sqlite3_stmt *s = bind(
	    st, Q_REG_INSERT, "ssssssssssssisssissssiii", r->code,
	    r->f[RF_NAME], r->f[RF_EMAIL], r->f[RF_ORGANISATION], r->f[RF_ROLE],
	    r->f[RF_PHONE], r->f[RF_DIET], r->f[RF_INVOICE_ADDRESS],
	    r->f[RF_INVOICE_REFERENCE], r->pool, r->status, r->language,
	    r->arrival, r->received_at, r->registered_at, r->updated_at,
	    r->message, r->org_key, r->hold, r->offer_until, r->cancelled_at,
	    (int64_t)r->fee_due, r->replaced_by, (int64_t)r->pool_fixed);
	if (s && r->message == 0)
		sqlite3_bind_null(s, 17);
	if (s && r->replaced_by == 0)
		sqlite3_bind_null(s, 23);
	if (run(st, s, "insert registration") < 0)
		return -1;
	r->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_reg_update(struct store *st, const struct reg *r)
{
	sqlite3_stmt *s =
	    bind(st, Q_REG_UPDATE, "isssssssssssisssssiii", r->id,
		 r->f[RF_NAME], r->f[RF_EMAIL], r->f[RF_ORGANISATION],
		 r->f[RF_ROLE], r->f[RF_PHONE], r->f[RF_DIET],
		 r->f[RF_INVOICE_ADDRESS], r->f[RF_INVOICE_REFERENCE], r->pool,
		 r->status, r->language, r->arrival, r->updated_at, r->org_key,
		 r->hold, r->offer_until, r->cancelled_at, (int64_t)r->fee_due,
		 r->replaced_by, (int64_t)r->pool_fixed);
	if (s && r->replaced_by == 0)
		sqlite3_bind_null(s, 20);
	return run(st, s, "update registration");
}

long
store_reg_count(struct store *st, const char *pool, const char *status)
{
	return (long)scalar(st, bind(st, Q_REG_COUNT, "ss", pool, status),
			    "count", 0);
}

int
store_reg_each(struct store *st, const char *status, store_reg_fn fn, void *arg)
{
	sqlite3_stmt *s = status ? bind(st, Q_REG_EACH_STATUS, "s", status)
				 : bind(st, Q_REG_EACH, "");
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct reg reg;
		read_reg(s, &reg);
		r = fn(&reg, arg);
		reg_clear(&reg);
		if (r)
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		r = fail(st, "list registrations");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

long
store_reg_used(struct store *st, const char *pool)
{
	return (long)scalar(st, bind(st, Q_REG_USED, "s", pool), "count", 0);
}

long
store_reg_org_used(struct store *st, const char *pool, const char *org_key)
{
	return (long)scalar(st, bind(st, Q_REG_ORG_USED, "ss", pool, org_key),
			    "count", 0);
}

/* Reads every row first, then calls fn: fn may write to the store. */
static int
reg_rows(struct store *st, sqlite3_stmt *s, store_reg_fn fn, void *arg)
{
	if (s == NULL)
		return -1;
	struct reg *rows = NULL;
	size_t n = 0;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		rows = xrealloc(rows, (n + 1) * sizeof *rows);
		read_reg(s, &rows[n++]);
	}
	sqlite3_reset(s);
	int r = (rc == SQLITE_DONE) ? 0 : fail(st, "registrations");
	for (size_t i = 0; i < n; i++) {
		if (r == 0)
			r = fn(&rows[i], arg);
		reg_clear(&rows[i]);
	}
	free(rows);
	return r < 0 ? -1 : 0;
}

int
store_reg_next_waiting(struct store *st, const char *pool, int64_t exclude,
		       long org_cap, struct reg *r)
{
	return reg_one(st,
		       bind(st, Q_REG_NEXT_WAITING, "sii", pool, exclude,
			    (int64_t)org_cap),
		       r);
}

int
store_reg_offers_expired(struct store *st, const char *now, store_reg_fn fn,
			 void *arg)
{
	return reg_rows(st, bind(st, Q_REG_OFFERS_EXPIRED, "s", now), fn, arg);
}

int
store_audit_each(struct store *st, int64_t reg, store_audit_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_AUDIT_EACH, "i", reg);
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct audit_entry e = {
		    .at = (const char *)sqlite3_column_text(s, 0),
		    .action = (const char *)sqlite3_column_text(s, 1),
		    .detail = (const char *)sqlite3_column_text(s, 2),
		    .message = sqlite3_column_int64(s, 3)};
		r = fn(&e, arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "audit");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

char *
store_audit_last_status(struct store *st, int64_t reg)
{
	sqlite3_stmt *s = bind(st, Q_AUDIT_LAST_STATUS, "i", reg);
	if (s == NULL)
		return NULL;
	char *r = NULL;
	if (sqlite3_step(s) == SQLITE_ROW)
		r = col_text(s, 0);
	sqlite3_reset(s);
	return r;
}

int
store_audit(struct store *st, const char *at, int64_t reg, int64_t msg,
	    const char *action, const char *detail)
{
	sqlite3_stmt *s = bind(st, Q_AUDIT, "s", at);
	if (s == NULL)
		return -1;
	if (reg)
		sqlite3_bind_int64(s, 2, reg);
	if (msg)
		sqlite3_bind_int64(s, 3, msg);
	sqlite3_bind_text(s, 4, action, -1, SQLITE_TRANSIENT);
	if (detail)
		sqlite3_bind_text(s, 5, detail, -1, SQLITE_TRANSIENT);
	return run(st, s, "audit");
}

void
outbox_item_clear(struct outbox_item *it)
{
	if (it == NULL)
		return;
	free(it->key);
	free(it->kind);
	free(it->rcpt);
	free(it->status);
	free(it->last_error);
	free(it->created_at);
	free(it->data);
	memset(it, 0, sizeof *it);
}

int
store_outbox_add(struct store *st, const char *key, const char *kind,
		 const char *rcpt, const char *data, size_t len, int64_t msg,
		 int64_t reg, const char *now)
{
	sqlite3_stmt *s =
	    bind(st, Q_OUT_ADD, "sssb", key, kind, rcpt, data, len);
	if (s == NULL)
		return -1;
	if (msg)
		sqlite3_bind_int64(s, 5, msg);
	if (reg)
		sqlite3_bind_int64(s, 6, reg);
	sqlite3_bind_text(s, 7, now, -1, SQLITE_TRANSIENT);
	if (run(st, s, "queue reply") < 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

int
store_outbox_next(struct store *st, const char *now, int64_t after,
		  struct outbox_item *it)
{
	sqlite3_stmt *s = bind(st, Q_OUT_NEXT, "si", now, after);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		memset(it, 0, sizeof *it);
		it->id = sqlite3_column_int64(s, 0);
		it->key = col_text(s, 1);
		it->kind = col_text(s, 2);
		it->rcpt = col_text(s, 3);
		it->len = (size_t)sqlite3_column_bytes(s, 4);
		it->data = xmalloc(it->len + 1);
		if (it->len)
			memcpy(it->data, sqlite3_column_blob(s, 4), it->len);
		it->data[it->len] = '\0';
		it->status = col_text(s, 5);
		it->attempts = (long)sqlite3_column_int64(s, 6);
		it->last_error = col_text(s, 7);
		it->created_at = col_text(s, 8);
		it->uncertain = (long)sqlite3_column_int64(s, 9);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "outbox");
	sqlite3_reset(s);
	return found;
}

int
store_outbox_sent(struct store *st, int64_t id, const char *now)
{
	return run(st, bind(st, Q_OUT_SENT, "is", id, now), "mark sent");
}

int
store_outbox_retry(struct store *st, int64_t id, const char *next,
		   const char *error)
{
	return run(st, bind(st, Q_OUT_RETRY, "iss", id, next, error),
		   "mark retry");
}

int
store_outbox_failed(struct store *st, int64_t id, const char *error)
{
	return run(st, bind(st, Q_OUT_FAILED, "is", id, error), "mark failed");
}

int
store_outbox_uncertain(struct store *st, int64_t id, const char *next,
		       const char *error)
{
	return run(st, bind(st, Q_OUT_UNCERTAIN, "iss", id, next, error),
		   "mark perhaps delivered");
}

long
store_outbox_count(struct store *st, const char *status)
{
	return (long)scalar(st, bind(st, Q_OUT_COUNT, "s", status),
			    "outbox count", 0);
}

long
store_replies_since(struct store *st, const char *rcpt, const char *since)
{
	return (long)scalar(st, bind(st, Q_REPLIES_SINCE, "ss", rcpt, since),
			    "reply count", 0);
}

int
store_job_record(struct store *st, const char *key, const char *kind,
		 const char *due_at, const char *ran_at, const char *outcome,
		 long mails, int64_t mark)
{
	if (run(st,
		bind(st, Q_JOB_ADD, "sssssii", key, kind, due_at, ran_at,
		     outcome, (int64_t)mails, mark),
		"record job") < 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

int
store_job_each(struct store *st, store_key_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_JOB_EACH, "");
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW)
		r = fn((const char *)sqlite3_column_text(s, 0), arg);
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "jobs");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

/* The one text column of a one-row statement; NULL for none or NULL. */
static char *
text_scalar(struct store *st, sqlite3_stmt *s, const char *what)
{
	if (s == NULL)
		return NULL;
	char *v = NULL;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		v = col_text(s, 0);
	else if (rc != SQLITE_DONE)
		fail(st, what);
	sqlite3_reset(s);
	return v;
}

int
store_job_last(struct store *st, const char *kind, const char *outcome,
	       char **ran_at, int64_t *mark)
{
	*ran_at = NULL;
	*mark = 0;
	sqlite3_stmt *s = bind(st, Q_JOB_LAST, "ss", kind, outcome);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		*ran_at = col_text(s, 0);
		*mark = sqlite3_column_int64(s, 1);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "last job");
	sqlite3_reset(s);
	return found;
}

int64_t
store_audit_mark(struct store *st)
{
	return scalar(st, bind(st, Q_AUDIT_MARK, ""), "audit mark", 0);
}

char *
store_reg_confirmed_at(struct store *st, int64_t reg)
{
	return text_scalar(st, bind(st, Q_REG_CONFIRMED_AT, "i", reg),
			   "confirmed at");
}

int
store_audit_since(struct store *st, int64_t after, int64_t upto,
		  store_change_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_AUDIT_SINCE, "ii", after, upto);
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct audit_change c = {
		    .at = (const char *)sqlite3_column_text(s, 0),
		    .action = (const char *)sqlite3_column_text(s, 1),
		    .detail = (const char *)sqlite3_column_text(s, 2),
		    .reg = sqlite3_column_int64(s, 3),
		    .code = (const char *)sqlite3_column_text(s, 4),
		    .name = (const char *)sqlite3_column_text(s, 5),
		    .email = (const char *)sqlite3_column_text(s, 6),
		    .organisation = (const char *)sqlite3_column_text(s, 7),
		    .pool = (const char *)sqlite3_column_text(s, 8),
		    .status = (const char *)sqlite3_column_text(s, 9)};
		r = fn(&c, arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "audit since");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

int
store_message_each_human(struct store *st, int64_t after, int64_t upto,
			 store_msg_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_MSG_HUMAN, "ii", after, upto);
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_msg m = {
		    .id = sqlite3_column_int64(s, 0),
		    .msgkey = (const char *)sqlite3_column_text(s, 1),
		    .received_at = (const char *)sqlite3_column_text(s, 2),
		    .processed_at = (const char *)sqlite3_column_text(s, 3),
		    .from_addr = (const char *)sqlite3_column_text(s, 4),
		    .subject = (const char *)sqlite3_column_text(s, 5),
		    .outcome = (const char *)sqlite3_column_text(s, 6),
		    .detail = (const char *)sqlite3_column_text(s, 7)};
		r = fn(&m, arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "messages");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

int
store_outbox_each_failed(struct store *st, store_outbox_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_OUT_FAILED_EACH, "");
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct outbox_item it = {
		    .id = sqlite3_column_int64(s, 0),
		    .key = (char *)sqlite3_column_text(s, 1),
		    .kind = (char *)sqlite3_column_text(s, 2),
		    .rcpt = (char *)sqlite3_column_text(s, 3),
		    .status = (char *)sqlite3_column_text(s, 4),
		    .attempts = (long)sqlite3_column_int64(s, 5),
		    .last_error = (char *)sqlite3_column_text(s, 6),
		    .created_at = (char *)sqlite3_column_text(s, 7)};
		r = fn(&it, arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "failed outbox");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

void
store_time(time_t t, char *buf, size_t n)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
store_reg_find_id(struct store *st, int64_t id, struct reg *r)
{
	return reg_one(st, bind(st, Q_REG_ID, "i", id), r);
}

int
store_calendar_get(struct store *st, int64_t reg, int day, int *sequence,
		   char **fingerprint, char **method)
{
	sqlite3_stmt *s = bind(st, Q_CAL_GET, "ii", reg, (int64_t)day);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		*sequence = sqlite3_column_int(s, 0);
		*fingerprint = col_text(s, 1);
		*method = col_text(s, 2);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "calendar lookup");
	sqlite3_reset(s);
	return found;
}

int
store_calendar_put(struct store *st, int64_t reg, int day, const char *uid,
		   int sequence, const char *fingerprint, const char *method,
		   const char *outbox_key, const char *now)
{
	return run(st,
		   bind(st, Q_CAL_PUT, "iisissss", reg, (int64_t)day, uid,
			(int64_t)sequence, fingerprint, method, outbox_key,
			now),
		   "calendar record");
}

/* ---- mailbox trouble ---- */

void
store_mbx_trouble_clear(struct store_mbx_trouble *t)
{
	if (t == NULL)
		return;
	free(t->stage);
	free(t->last_error);
	free(t->first_at);
	free(t->last_at);
	free(t->next_at);
	memset(t, 0, sizeof *t);
}

static void
read_trouble(sqlite3_stmt *s, int c, struct store_mbx_trouble *t)
{
	t->stage = col_text(s, c);
	t->attempts = sqlite3_column_int(s, c + 1);
	t->last_error = col_text(s, c + 2);
	t->first_at = col_text(s, c + 3);
	t->last_at = col_text(s, c + 4);
	t->next_at = col_text(s, c + 5);
	t->quarantined = sqlite3_column_int(s, c + 6);
}

int
store_mbx_trouble_get(struct store *st, int64_t uidvalidity, int64_t uid,
		      struct store_mbx_trouble *t)
{
	memset(t, 0, sizeof *t);
	sqlite3_stmt *s = bind(st, Q_MBX_GET, "ii", uidvalidity, uid);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		t->uidvalidity = uidvalidity;
		t->uid = uid;
		read_trouble(s, 0, t);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "mailbox trouble lookup");
	sqlite3_reset(s);
	return found;
}

int
store_mbx_trouble_note(struct store *st, int64_t uidvalidity, int64_t uid,
		       const char *stage, const char *error, const char *now,
		       const char *next_at, int quarantined)
{
	return run(st,
		   bind(st, Q_MBX_NOTE, "iissssi", uidvalidity, uid, stage,
			error, now, next_at, (int64_t)quarantined),
		   "mailbox trouble record");
}

int
store_mbx_trouble_resolve(struct store *st, int64_t uidvalidity, int64_t uid)
{
	return run(st, bind(st, Q_MBX_DEL, "ii", uidvalidity, uid),
		   "mailbox trouble resolve");
}

int
store_mbx_trouble_each(struct store *st, store_mbx_trouble_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_MBX_EACH, "");
	if (s == NULL)
		return -1;
	int rc = SQLITE_DONE, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_mbx_trouble t = {
		    .uidvalidity = sqlite3_column_int64(s, 0),
		    .uid = sqlite3_column_int64(s, 1)};
		read_trouble(s, 2, &t);
		r = fn(&t, arg);
		store_mbx_trouble_clear(&t);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "mailbox trouble list");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

/* ---- health ---- */

int
store_health_set(struct store *st, const char *key, const char *value,
		 const char *at)
{
	return run(st, bind(st, Q_HEALTH_SET, "sss", key, value, at),
		   "record health");
}

int
store_health_get(struct store *st, const char *key, char **value, char **at)
{
	*value = *at = NULL;
	sqlite3_stmt *s = bind(st, Q_HEALTH_GET, "s", key);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		*value = col_text(s, 0);
		*at = col_text(s, 1);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "health");
	sqlite3_reset(s);
	return found;
}

int
store_health_summary(struct store *st, struct store_health *h)
{
	memset(h, 0, sizeof *h);
	h->out_pending = (long)scalar(st, bind(st, Q_OUT_COUNT, "s", "pending"),
				      "outbox depth", 0);
	h->out_failed = (long)scalar(st, bind(st, Q_OUT_COUNT, "s", "failed"),
				     "failed mail", 0);
	if (h->out_pending < 0 || h->out_failed < 0)
		return -1;
	sqlite3_stmt *s = bind(st, Q_OUT_OLDEST, "");
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		h->oldest_kind = col_text(s, 0);
		h->oldest_rcpt = col_text(s, 1);
		h->oldest_created = col_text(s, 2);
		h->oldest_attempts = (long)sqlite3_column_int64(s, 3);
		h->oldest_error = col_text(s, 4);
		h->oldest_next = col_text(s, 5);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_health_clear(h);
		return fail(st, "oldest mail");
	}
	s = bind(st, Q_MSG_ASIDE, "");
	if (s == NULL) {
		store_health_clear(h);
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		h->set_aside = (long)sqlite3_column_int64(s, 0);
		h->last_set_aside = col_text(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW) {
		store_health_clear(h);
		return fail(st, "set-aside mail");
	}
	return 0;
}

void
store_health_clear(struct store_health *h)
{
	free(h->oldest_kind);
	free(h->oldest_rcpt);
	free(h->oldest_created);
	free(h->oldest_error);
	free(h->oldest_next);
	free(h->last_set_aside);
	memset(h, 0, sizeof *h);
}

/* ---- raw copies past their retention ---- */

int
store_raw_expired(struct store *st, const char *before, int64_t **ids,
		  char ***paths, size_t *n)
{
	*ids = NULL;
	*paths = NULL;
	*n = 0;
	sqlite3_stmt *s = bind(st, Q_RAW_OLD, "s", before);
	if (s == NULL)
		return -1;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*ids = xrealloc(*ids, (*n + 1) * sizeof **ids);
		*paths = xrealloc(*paths, (*n + 1) * sizeof **paths);
		(*ids)[*n] = sqlite3_column_int64(s, 0);
		(*paths)[(*n)++] = col_text(s, 1);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : fail(st, "raw copies");
}

int
store_raw_forget(struct store *st, int64_t id)
{
	return run(st, bind(st, Q_RAW_CLEAR, "i", id), "forget raw copy");
}

int
store_query_plans(struct store *st, store_plan_fn fn, void *arg)
{
	for (int i = 0; i < Q__COUNT; i++) {
		if (!strncmp(sql[i], "BEGIN", 5) || !strcmp(sql[i], "COMMIT") ||
		    !strcmp(sql[i], "ROLLBACK"))
			continue;
		char *q = xasprintf("EXPLAIN QUERY PLAN %s", sql[i]);
		sqlite3_stmt *s;
		int rc = sqlite3_prepare_v2(st->db, q, -1, &s, NULL);
		free(q);
		if (rc != SQLITE_OK)
			return fail(st, "query plan");
		struct buf b;
		buf_init(&b, 1 << 16);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			const unsigned char *d = sqlite3_column_text(s, 3);
			buf_printf(&b, "%s\n", d ? (const char *)d : "");
		}
		sqlite3_finalize(s);
		if (rc != SQLITE_DONE) {
			buf_free(&b);
			return fail(st, "query plan");
		}
		fn(sql[i], buf_str(&b), arg);
		buf_free(&b);
	}
	return 0;
}
