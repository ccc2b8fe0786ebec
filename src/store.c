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
    /* 9: bounces.  Each outgoing mail keeps its Message-ID, so a report
     * that returns it finds the mail and its registration (rows from
     * before take it from the stored header); every bounce is recorded,
     * and an address with two permanent failures counts as failing. */
    "ALTER TABLE outbox ADD COLUMN message_id TEXT;"
    "UPDATE outbox SET message_id = substr(h, 1, instr(h, '>')) FROM"
    " (SELECT id AS oid, substr(CAST(data AS TEXT),"
    "  instr(CAST(data AS TEXT), 'Message-ID: <') + 12) AS h FROM outbox"
    "  WHERE instr(CAST(data AS TEXT), 'Message-ID: <') > 0)"
    " WHERE outbox.id = oid;"
    "CREATE INDEX outbox_message_id ON outbox(message_id);"
    "CREATE TABLE bounces ("
    " id INTEGER PRIMARY KEY,"
    " message INTEGER NOT NULL REFERENCES messages(id),"
    " at TEXT NOT NULL,"
    " registration INTEGER REFERENCES registrations(id),"
    " outbox INTEGER REFERENCES outbox(id),"
    " address TEXT,"
    " permanent INTEGER NOT NULL,"
    " delayed INTEGER NOT NULL DEFAULT 0,"
    " status TEXT, diagnostic TEXT,"
    " returned_id TEXT, returned_kind TEXT);"
    "CREATE INDEX bounces_address ON bounces(address COLLATE NOCASE);"
    "CREATE INDEX bounces_message ON bounces(message);"
    "CREATE TABLE failing_addresses ("
    " address TEXT PRIMARY KEY COLLATE NOCASE,"
    " since TEXT NOT NULL,"
    " failures INTEGER NOT NULL,"
    " status TEXT, diagnostic TEXT);",
    /* 10: the organiser's tools (issue 10).  purge: when a registration's
     * personal data was removed, and the amount billed, kept for the
     * invoice; attendance: who came on which course day; undo: the rows
     * an organiser's change touched, before and after, to put them back
     * while no mail about it has gone out. */
    "ALTER TABLE registrations ADD COLUMN purged_at TEXT;"
    "ALTER TABLE registrations ADD COLUMN amount_cents INTEGER;"
    "CREATE TABLE attendance ("
    " registration INTEGER NOT NULL REFERENCES registrations(id),"
    " day INTEGER NOT NULL,"
    " at TEXT NOT NULL,"
    " PRIMARY KEY (registration, day));"
    "CREATE TABLE undo ("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " tag TEXT NOT NULL,"
    " command TEXT NOT NULL,"
    " registration INTEGER NOT NULL REFERENCES registrations(id),"
    " outbox_after INTEGER NOT NULL,"
    " outbox_upto INTEGER NOT NULL,"
    " snapshot TEXT NOT NULL,"
    " undone_at TEXT);"
    "CREATE INDEX undo_reg ON undo(registration, id);",
    /* 11: the seats a pool released at its release date, counted once
     * at that date (README "Release"): seats freed later stay in their
     * pool.  Keyed by the date too, so a moved date counts again. */
    "CREATE TABLE pool_releases ("
    " pool TEXT NOT NULL,"
    " release_at TEXT NOT NULL,"
    " seats INTEGER NOT NULL,"
    " used INTEGER NOT NULL,"
    " released INTEGER NOT NULL CHECK (released >= 0),"
    " taken_at TEXT NOT NULL,"
    " PRIMARY KEY (pool, release_at));",
    /* 12: the organiser's decisions by mail (orgmail.c): one token per
     * mail handed to a human, what the robot understood and proposed,
     * the registrations' state it was issued against, and when and how
     * the organiser used it (once) */
    "CREATE TABLE decisions ("
    " id INTEGER PRIMARY KEY,"
    " token TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " message INTEGER NOT NULL REFERENCES messages(id),"
    " msgkey TEXT NOT NULL,"
    " message_id TEXT,"
    " received_at TEXT NOT NULL,"
    " sender TEXT,"
    " sender_name TEXT,"
    " subject TEXT,"
    " lang TEXT NOT NULL,"
    " why TEXT NOT NULL,"
    " propose TEXT NOT NULL CHECK (propose IN"
    "  ('none','register','cancel')),"
    " codes TEXT,"
    " people TEXT,"
    " snapshot TEXT NOT NULL,"
    " forward_msgid TEXT,"
    " created_at TEXT NOT NULL,"
    " used_at TEXT,"
    " used_by INTEGER REFERENCES messages(id),"
    " used_how TEXT);"
    "CREATE INDEX decisions_message ON decisions(message);"
    "CREATE INDEX decisions_forward ON decisions(forward_msgid);",
    /* 13: nothing a message does may cost more as the store grows (issue
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
    "CREATE INDEX bounces_registration ON bounces(registration)"
    " WHERE registration IS NOT NULL;"
    /* and at an outbox row (undo deletes the mails it put back) */
    "CREATE INDEX bounces_outbox ON bounces(outbox)"
    " WHERE outbox IS NOT NULL;"
    "CREATE INDEX registrations_replaced ON registrations(replaced_by)"
    " WHERE replaced_by IS NOT NULL;"
    /* those marked held by the organisation cap (seats.c review_holds
     * after every seat change) */
    "CREATE INDEX registrations_held ON registrations(pool, arrival)"
    " WHERE hold IS NOT NULL;"
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
    /* 14: the raw copies still kept, oldest first (prune_raw, hourly:
     * it read every message), and the mail set aside (status, the
     * digest: the same) */
    "CREATE INDEX messages_raw ON messages(processed_at, id)"
    " WHERE raw_path IS NOT NULL;"
    "CREATE INDEX messages_aside ON messages(processed_at)"
    " WHERE outcome = 'set-aside';",
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
	Q_REG_HOLD_CHANGES,
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
	Q_OUT_BY_MSGID,
	Q_BOUNCE_ADD,
	Q_BOUNCE_FAILURES,
	Q_BOUNCE_COUNTS,
	Q_BOUNCE_SINCE,
	Q_FAILING_MARK,
	Q_FAILING_GET,
	Q_FAILING_EACH,
	Q_OUT_LAST_ID,
	Q_OUT_ROWS,
	Q_OUT_DELETE,
	Q_OUT_KEY_STATUS,
	Q_OUT_SENT_SINCE,
	Q_CAL_EACH,
	Q_CAL_FORGET,
	Q_UNDO_ADD,
	Q_UNDO_LAST,
	Q_UNDO_DONE,
	Q_ATT_ADD,
	Q_ATT_DEL,
	Q_ATT_EACH,
	Q_REG_KEEP_AMOUNT,
	Q_PURGE_NAMES,
	Q_PURGE_EMAILS,
	Q_PURGE_PHONES,
	Q_PURGE_DIETS,
	Q_PURGE_ROLES,
	Q_PURGE_ORGS,
	Q_PURGE_REGS,
	Q_PURGE_MSGS,
	Q_PURGE_OUTBOX,
	Q_PURGE_AUDIT,
	Q_PURGE_UNDO,
	Q_PURGE_HEALTH,
	Q_PURGE_BOUNCES,
	Q_PURGE_FAILING,
	Q_PURGE_DECISIONS,
	Q_PURGE_ORG_COUNTS,
	Q_RELEASE_GET,
	Q_RELEASE_PUT,
	Q_DEC_INSERT,
	Q_DEC_TOKEN,
	Q_DEC_FORWARD,
	Q_DEC_OPEN,
	Q_DEC_USE,
	Q_BEGIN,
	Q_COMMIT,
	Q_ROLLBACK,
	Q_SAVEPOINT,
	Q_RELEASE,
	Q_ROLLBACK_TO,
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
	"r.replaced_by, r.pool_fixed, r.purged_at, r.amount_cents"
/* One registration: its position counted in the pool's waitlist index
 * from the nearer end; ties in arrival (two people waitlisted by one
 * mail) go by registration order, as the waitlist itself does.  Up to
 * POS_AHEAD_MAX ahead of it are counted; beyond that it is the pool's
 * waiting count (kept by triggers) less those behind it.  A newcomer at
 * the end of a long waitlist, whose position every waitlist reply
 * shows, costs no more than the first in line (the waitlist of 10,000
 * cost each reply 10,000 index steps).  The arrival bound stays a range
 * on the index; the id only decides among equal arrivals. */
#define POS_AHEAD_MAX "64"
#define POS_AHEAD                                                              \
	"(SELECT count(*) FROM (SELECT 1 FROM registrations w WHERE w.pool = " \
	"r.pool AND w.status = 'waitlisted' AND w.arrival <= r.arrival "       \
	"AND (w.arrival < r.arrival OR w.id <= r.id) "                         \
	"LIMIT " POS_AHEAD_MAX "))"
#define POS_BEHIND                                                             \
	"(SELECT n FROM pool_waiting WHERE pool = r.pool) - (SELECT count(*) " \
	"FROM registrations w WHERE w.pool = r.pool AND w.status = "           \
	"'waitlisted' AND w.arrival >= r.arrival AND (w.arrival > r.arrival "  \
	"OR w.id > r.id))"
#define REG_COLS                                                               \
	REG_COLS_WITH("CASE WHEN " POS_AHEAD " < " POS_AHEAD_MAX               \
		      " THEN " POS_AHEAD " ELSE " POS_BEHIND " END")
/* Every registration (or every one of a status): the positions in one
 * pass over the rows (a count per row made listing a long waitlist
 * quadratic).  The frame is the rows of the same pool and status that
 * come no later in (arrival, id) order, as in REG_COLS. */
#define REG_COLS_ALL                                                           \
	REG_COLS_WITH("count(*) OVER (PARTITION BY r.pool, r.status ORDER BY " \
		      "r.arrival, r.id)")

#define DEC_COLS                                                               \
	"id, token, message, msgkey, message_id, received_at, sender, "        \
	"sender_name, subject, lang, why, propose, codes, people, snapshot, "  \
	"forward_msgid, created_at, used_at, used_by, used_how"

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
    [Q_RELEASE_GET] = "SELECT released FROM pool_releases WHERE pool = ?1"
		      " AND release_at = ?2",
    [Q_RELEASE_PUT] = "INSERT OR IGNORE INTO pool_releases (pool,"
		      " release_at, seats, used, released, taken_at)"
		      " VALUES (?1,?2,?3,?4,?5,?6)",
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
    /* counts kept by triggers (migration 13) */
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
    /* The waiting registrations (no open offer) of pool ?1 whose hold
     * is not what the organisation cap ?2 (0: none) says now: marked
     * held but not held (the partial index of those marked), or held
     * but not marked (through the organisations at the cap, org_used).
     * Neither walks the whole waitlist. */
    [Q_REG_HOLD_CHANGES] =
	"SELECT " REG_COLS " FROM registrations r"
	" WHERE r.pool = ?1 AND r.hold IS NOT NULL"
	" AND r.status = 'waitlisted' AND r.offer_until IS NULL"
	" AND NOT (?2 > 0 AND r.org_key IS NOT NULL AND r.org_key <> ''"
	" AND coalesce((SELECT u.used FROM org_used u WHERE u.pool = r.pool"
	" AND u.org_key = r.org_key), 0) >= ?2)"
	" UNION ALL SELECT " REG_COLS " FROM org_used u"
	" JOIN registrations r ON r.pool = u.pool AND r.org_key = u.org_key"
	" WHERE ?2 > 0 AND u.pool = ?1 AND u.used >= ?2 AND u.org_key <> ''"
	" AND r.status = 'waitlisted' AND r.offer_until IS NULL"
	" AND r.hold IS NULL ORDER BY 14, 1",
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
	" registration, created_at, next_attempt_at, message_id)"
	" VALUES (?1,?2,?3,?4,?5,?6,?7,?7,?8)",
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
			" IN ('digest','reminder','attendance',"
			"'final-report','announcement')",
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
	"'needs-human','question','closed','forged') ORDER BY m.id",
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
		  " NULL AND processed_at < ?1 ORDER BY processed_at, id"
		  " LIMIT 500",
    [Q_RAW_CLEAR] = "UPDATE messages SET raw_path = NULL WHERE id = ?1",
    [Q_OUT_BY_MSGID] = "SELECT id, registration, kind, rcpt,"
		       " COALESCE(message, 0), data FROM outbox"
		       " WHERE message_id = ?1 ORDER BY id LIMIT 1",
    [Q_BOUNCE_ADD] = "INSERT INTO bounces (message, at, registration,"
		     " outbox, address, permanent, delayed, status,"
		     " diagnostic, returned_id, returned_kind)"
		     " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
    /* Each failed mail counts once, whether one report or two came
     * back for it; only bounces of the robot's own mail count. */
    [Q_BOUNCE_FAILURES] =
	"SELECT count(DISTINCT coalesce('o' || outbox, 'r' || returned_id,"
	" 'm' || message)) FROM bounces WHERE address = ?1 COLLATE NOCASE"
	" AND permanent = 1 AND (outbox IS NOT NULL OR registration IS NOT"
	" NULL)",
    [Q_BOUNCE_COUNTS] = "SELECT count(*), coalesce(sum(permanent), 0)"
			" FROM bounces WHERE address = ?1 COLLATE NOCASE",
    [Q_BOUNCE_SINCE] =
	"SELECT b.at, b.address, b.permanent, b.delayed, b.status,"
	" b.diagnostic, b.returned_kind, b.registration, r.code, r.name,"
	" (b.outbox IS NOT NULL OR b.registration IS NOT NULL), m.from_addr,"
	" m.subject FROM bounces b JOIN messages m ON m.id = b.message"
	" LEFT JOIN registrations r ON r.id = b.registration"
	" WHERE b.message IN (SELECT a.message FROM audit a WHERE a.id > ?1"
	" AND a.id <= ?2 AND a.action IN ('bounce', 'bounce-unmatched'))"
	" ORDER BY b.id",
    [Q_FAILING_MARK] = "INSERT INTO failing_addresses (address, since,"
		       " failures, status, diagnostic)"
		       " VALUES (?1,?2,?3,?4,?5)"
		       " ON CONFLICT (address) DO UPDATE SET failures = ?3,"
		       " status = ?4, diagnostic = ?5",
    [Q_FAILING_GET] = "SELECT address, since, failures, status, diagnostic"
		      " FROM failing_addresses WHERE address = ?1",
    /* The failing addresses of registrations still active. */
    [Q_FAILING_EACH] =
	"SELECT f.address, f.since, f.failures, f.status, f.diagnostic,"
	" r.code, r.name FROM failing_addresses f JOIN registrations r"
	" ON r.email = f.address COLLATE NOCASE AND r.status <> 'cancelled'"
	" ORDER BY f.since, f.address",
    [Q_OUT_LAST_ID] = "SELECT coalesce(max(id), 0) FROM outbox",
    [Q_OUT_ROWS] = "SELECT id, coalesce(registration, 0), key, kind, rcpt,"
		   " status, created_at, sent_at, attempts, uncertain"
		   " FROM outbox WHERE id > ?2 AND (?3 = 0 OR id <= ?3)"
		   " AND (?1 = 0 OR registration = ?1) ORDER BY id",
    [Q_OUT_DELETE] = "DELETE FROM outbox WHERE id = ?1",
    [Q_OUT_KEY_STATUS] = "SELECT status FROM outbox WHERE key = ?1",
    [Q_OUT_SENT_SINCE] = "SELECT count(*) FROM outbox WHERE status ="
			 " 'sent' AND sent_at >= ?1",
    [Q_CAL_EACH] = "SELECT day, uid, sequence, fingerprint, method,"
		   " outbox_key, sent_at FROM calendar_sent"
		   " WHERE registration = ?1 ORDER BY day",
    [Q_CAL_FORGET] = "DELETE FROM calendar_sent WHERE registration = ?1",
    [Q_UNDO_ADD] = "INSERT INTO undo (at, tag, command, registration,"
		   " outbox_after, outbox_upto, snapshot)"
		   " VALUES (?1,?2,?3,?4,?5,?6,?7)",
    [Q_UNDO_LAST] = "SELECT id, at, tag, command, registration,"
		    " outbox_after, outbox_upto, snapshot, undone_at"
		    " FROM undo WHERE registration = ?1 AND undone_at IS NULL"
		    " ORDER BY id DESC LIMIT 1",
    [Q_UNDO_DONE] = "UPDATE undo SET undone_at = ?2 WHERE id = ?1",
    [Q_ATT_ADD] = "INSERT OR IGNORE INTO attendance (registration, day, at)"
		  " VALUES (?1, ?2, ?3)",
    [Q_ATT_DEL] = "DELETE FROM attendance WHERE registration = ?1"
		  " AND day = ?2",
    [Q_ATT_EACH] = "SELECT registration, day, at FROM attendance"
		   " ORDER BY registration, day",
    [Q_REG_KEEP_AMOUNT] = "UPDATE registrations SET amount_cents = ?2"
			  " WHERE id = ?1",
    /* regbot purge: what an invoice needs stays on registrations with an
     * amount (name, organisation, invoice address and reference); the
     * rest goes.  Each statement says how many rows it changed. */
    [Q_PURGE_NAMES] = "UPDATE registrations SET name = NULL WHERE name IS"
		      " NOT NULL AND coalesce(amount_cents, 0) <= 0",
    [Q_PURGE_EMAILS] = "UPDATE registrations SET email = lower(code) ||"
		       " '@purged.invalid' WHERE email <> lower(code) ||"
		       " '@purged.invalid'",
    [Q_PURGE_PHONES] = "UPDATE registrations SET phone = NULL"
		       " WHERE phone IS NOT NULL",
    [Q_PURGE_DIETS] = "UPDATE registrations SET diet = NULL"
		      " WHERE diet IS NOT NULL",
    [Q_PURGE_ROLES] = "UPDATE registrations SET role = NULL"
		      " WHERE role IS NOT NULL",
    [Q_PURGE_ORGS] = "UPDATE registrations SET organisation = NULL,"
		     " org_key = NULL, invoice_address = NULL,"
		     " invoice_reference = NULL"
		     " WHERE coalesce(amount_cents, 0) <= 0 AND"
		     " (organisation IS NOT NULL OR invoice_address IS NOT"
		     " NULL OR invoice_reference IS NOT NULL)",
    [Q_PURGE_REGS] = "UPDATE registrations SET hold = NULL,"
		     " offer_until = NULL, purged_at = ?1"
		     " WHERE purged_at IS NULL",
    [Q_PURGE_MSGS] = "UPDATE messages SET message_id = NULL,"
		     " from_addr = NULL, subject = NULL, detail = NULL,"
		     " raw_path = NULL, body_sha256 = NULL,"
		     " text_sha256 = NULL WHERE message_id IS NOT NULL OR"
		     " from_addr IS NOT NULL OR subject IS NOT NULL OR"
		     " detail IS NOT NULL OR raw_path IS NOT NULL OR"
		     " body_sha256 IS NOT NULL OR text_sha256 IS NOT NULL",
    /* The row stays (what was sent when); its text, address and key
     * (which may hold the address) go, and what was never sent is not
     * sent any more. */
    [Q_PURGE_OUTBOX] = "UPDATE outbox SET data = zeroblob(0),"
		       " rcpt = 'purged', key = 'purged:' || id,"
		       " status = CASE WHEN status = 'pending' THEN"
		       " 'failed' ELSE status END,"
		       " last_error = CASE WHEN status = 'pending' THEN"
		       " 'removed by regbot purge before it was sent'"
		       " ELSE NULL END WHERE rcpt <> 'purged'",
    /* Who acted stays ("mail: ...", "organiser: ...", "clock: ..."),
     * the text (names, addresses, reasons) goes; reply entries name a
     * reply kind only. */
    [Q_PURGE_AUDIT] = "UPDATE audit SET detail = CASE"
		      " WHEN detail LIKE 'mail: %' THEN 'mail'"
		      " WHEN detail LIKE 'organiser: %' THEN 'organiser'"
		      " WHEN detail LIKE 'clock: %' THEN 'clock'"
		      " ELSE NULL END WHERE detail IS NOT NULL AND"
		      " action NOT IN ('purged', 'reply', 'not-mailed') AND"
		      " detail NOT IN ('mail', 'organiser', 'clock')",
    [Q_PURGE_UNDO] = "DELETE FROM undo",
    /* bounces keep when and whether permanent; the address, the
     * server's text and the returned Message-ID go */
    [Q_PURGE_BOUNCES] = "UPDATE bounces SET address = NULL, status = NULL,"
			" diagnostic = NULL, returned_id = NULL"
			" WHERE address IS NOT NULL OR diagnostic IS NOT NULL"
			" OR returned_id IS NOT NULL OR status IS NOT NULL",
    [Q_PURGE_FAILING] = "DELETE FROM failing_addresses",
    /* decisions keep token, times and how they were used */
    /* The seats kept per organisation (migration 13) name its key: a
     * count of 0 is a key no registration holds any more (the purge
     * cleared it above), so it goes too. */
    [Q_PURGE_ORG_COUNTS] = "DELETE FROM org_used WHERE used = 0",
    [Q_PURGE_DECISIONS] = "UPDATE decisions SET msgkey = 'purged:' || id,"
			  " message_id = NULL, sender = NULL,"
			  " sender_name = NULL, subject = NULL, why = 'purged',"
			  " codes = NULL, people = NULL, snapshot = '',"
			  " forward_msgid = NULL WHERE why <> 'purged'",
    [Q_PURGE_HEALTH] = "DELETE FROM health WHERE key IN ('smtp_error',"
		       " 'imap_error')",
    [Q_DEC_INSERT] =
	"INSERT INTO decisions (token, message, msgkey, message_id,"
	" received_at, sender, sender_name, subject, lang, why, propose,"
	" codes, people, snapshot, forward_msgid, created_at) VALUES (?1,"
	"?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
    [Q_DEC_TOKEN] = "SELECT " DEC_COLS " FROM decisions WHERE token = ?1",
    [Q_DEC_FORWARD] = "SELECT " DEC_COLS " FROM decisions"
		      " WHERE forward_msgid = ?1 ORDER BY id DESC LIMIT 1",
    [Q_DEC_OPEN] = "SELECT token FROM decisions WHERE message = ?1 AND"
		   " used_at IS NULL ORDER BY id DESC LIMIT 1",
    [Q_DEC_USE] = "UPDATE decisions SET used_at = ?2, used_by = ?3,"
		  " used_how = ?4 WHERE id = ?1 AND used_at IS NULL",
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
    [Q_SAVEPOINT] = "SAVEPOINT regbot_part",
    [Q_RELEASE] = "RELEASE regbot_part",
    [Q_ROLLBACK_TO] = "ROLLBACK TO regbot_part",
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
				/* 512 KiB of pages, not SQLite's 2 MiB:
				 * each message's lookups are a few index
				 * paths, and the rest is in the kernel's
				 * page cache anyway (issue 12: the
				 * cache was most of the heap) */
				exec(st, "PRAGMA cache_size = -512") ||
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
	free(r->purged_at);
	memset(r, 0, sizeof *r);
}

void
reg_copy(struct reg *d, const struct reg *s)
{
	*d = *s;
	d->code = xstrdup(s->code);
	for (int i = 0; i < RF__COUNT; i++)
		d->f[i] = xstrdup(s->f[i]);
	char **strs[] = {&d->pool,	   &d->status,	      &d->language,
			 &d->received_at,  &d->registered_at, &d->updated_at,
			 &d->org_key,	   &d->hold,	      &d->offer_until,
			 &d->cancelled_at, &d->purged_at};
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
	r->purged_at = col_text(s, 26);
	r->amount_cents = sqlite3_column_type(s, 27) == SQLITE_NULL
			      ? -1
			      : (long)sqlite3_column_int64(s, 27);
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
store_reg_hold_changes(struct store *st, const char *pool, long org_cap,
		       store_reg_fn fn, void *arg)
{
	return reg_rows(
	    st, bind(st, Q_REG_HOLD_CHANGES, "si", pool, (int64_t)org_cap), fn,
	    arg);
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

/* The Message-ID field of a message the robot composed ("<id>"), from
 * its header; caller frees, NULL when it has none. */
static char *
header_message_id(const char *data, size_t len)
{
	static const char name[] = "message-id:";
	const size_t nl = sizeof name - 1;
	for (size_t i = 0; i < len;) {
		const char *eol = memchr(data + i, '\n', len - i);
		size_t e = eol ? (size_t)(eol - data) : len;
		if (e == i || (e == i + 1 && data[i] == '\r'))
			break; /* the end of the header */
		if (e - i > nl && !strncasecmp(data + i, name, nl)) {
			const char *lt = memchr(data + i, '<', e - i);
			const char *gt =
			    lt ? memchr(lt, '>', (size_t)(data + e - lt))
			       : NULL;
			if (gt)
				return xstrndup(lt, (size_t)(gt - lt) + 1);
			return NULL;
		}
		i = e + 1;
	}
	return NULL;
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
	char *mid = header_message_id(data, len);
	if (mid)
		sqlite3_bind_text(s, 8, mid, -1, SQLITE_TRANSIENT);
	free(mid);
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
store_release_get(struct store *st, const char *pool, const char *release_at,
		  long *released)
{
	sqlite3_stmt *s = bind(st, Q_RELEASE_GET, "ss", pool, release_at);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		*released = (long)sqlite3_column_int64(s, 0);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "pool release");
	sqlite3_reset(s);
	return found;
}

int
store_release_put(struct store *st, const char *pool, const char *release_at,
		  long seats, long used, long released, const char *now)
{
	return run(st,
		   bind(st, Q_RELEASE_PUT, "ssiiis", pool, release_at,
			(int64_t)seats, (int64_t)used, (int64_t)released, now),
		   "record pool release");
}

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

/* ---- bounces ---- */

void
store_sent_clear(struct store_sent *s)
{
	if (s == NULL)
		return;
	free(s->kind);
	free(s->rcpt);
	free(s->data);
	memset(s, 0, sizeof *s);
}

static char *
col_dup(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	return t ? xstrdup(t) : NULL;
}

int
store_outbox_by_message_id(struct store *st, const char *message_id,
			   struct store_sent *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *s = bind(st, Q_OUT_BY_MSGID, "s", message_id);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(s, 0);
		out->reg = sqlite3_column_int64(s, 1);
		out->kind = col_dup(s, 2);
		out->rcpt = col_dup(s, 3);
		out->message = sqlite3_column_int64(s, 4);
		const void *d = sqlite3_column_blob(s, 5);
		size_t dn = (size_t)sqlite3_column_bytes(s, 5);
		if (d) {
			out->data = xmalloc(dn + 1);
			memcpy(out->data, d, dn);
			out->data[dn] = '\0';
			out->len = dn;
		}
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "outbox by Message-ID");
	sqlite3_reset(s);
	return found;
}

int
store_bounce_add(struct store *st, const struct store_bounce *b)
{
	sqlite3_stmt *s = bind(st, Q_BOUNCE_ADD, "is", b->message, b->at);
	if (s == NULL)
		return -1;
	if (b->reg)
		sqlite3_bind_int64(s, 3, b->reg);
	if (b->outbox)
		sqlite3_bind_int64(s, 4, b->outbox);
	const char *text[] = {b->address,      NULL,	      NULL,
			      b->status,       b->diagnostic, b->returned_id,
			      b->returned_kind};
	for (int i = 0; i < 7; i++)
		if (text[i])
			sqlite3_bind_text(s, 5 + i, text[i], -1,
					  SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 6, b->permanent != 0);
	sqlite3_bind_int(s, 7, b->delayed != 0);
	return run(st, s, "record bounce");
}

long
store_bounce_failures(struct store *st, const char *address)
{
	return (long)scalar(st, bind(st, Q_BOUNCE_FAILURES, "s", address),
			    "count bounces", 0);
}

int
store_bounce_counts(struct store *st, const char *address, long *total,
		    long *permanent)
{
	*total = *permanent = 0;
	sqlite3_stmt *s = bind(st, Q_BOUNCE_COUNTS, "s", address);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*total = (long)sqlite3_column_int64(s, 0);
		*permanent = (long)sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE
		   ? 0
		   : fail(st, "count bounces");
}

int
store_bounce_since(struct store *st, int64_t after, int64_t upto,
		   store_bounce_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_BOUNCE_SINCE, "ii", after, upto);
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_bounce_row b = {
		    .at = (const char *)sqlite3_column_text(s, 0),
		    .address = (const char *)sqlite3_column_text(s, 1),
		    .permanent = sqlite3_column_int(s, 2),
		    .delayed = sqlite3_column_int(s, 3),
		    .status = (const char *)sqlite3_column_text(s, 4),
		    .diagnostic = (const char *)sqlite3_column_text(s, 5),
		    .returned_kind = (const char *)sqlite3_column_text(s, 6),
		    .reg = sqlite3_column_int64(s, 7),
		    .code = (const char *)sqlite3_column_text(s, 8),
		    .name = (const char *)sqlite3_column_text(s, 9),
		    .matched = sqlite3_column_int(s, 10),
		    .from_addr = (const char *)sqlite3_column_text(s, 11),
		    .subject = (const char *)sqlite3_column_text(s, 12)};
		r = fn(&b, arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "bounces");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

int
store_failing_mark(struct store *st, const char *address, const char *since,
		   long failures, const char *status, const char *diagnostic)
{
	return run(st,
		   bind(st, Q_FAILING_MARK, "ssiss", address, since,
			(int64_t)failures, status, diagnostic),
		   "mark failing address");
}

void
store_failing_clear(struct store_failing *f)
{
	if (f == NULL)
		return;
	free(f->address);
	free(f->since);
	free(f->status);
	free(f->diagnostic);
	memset(f, 0, sizeof *f);
}

int
store_failing_get(struct store *st, const char *address,
		  struct store_failing *f)
{
	memset(f, 0, sizeof *f);
	sqlite3_stmt *s = bind(st, Q_FAILING_GET, "s", address);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		f->address = col_dup(s, 0);
		f->since = col_dup(s, 1);
		f->failures = (long)sqlite3_column_int64(s, 2);
		f->status = col_dup(s, 3);
		f->diagnostic = col_dup(s, 4);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "failing address");
	sqlite3_reset(s);
	return found;
}

int
store_failing_each(struct store *st, store_failing_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_FAILING_EACH, "");
	if (s == NULL)
		return -1;
	int rc, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_failing f = {
		    .address = (char *)sqlite3_column_text(s, 0),
		    .since = (char *)sqlite3_column_text(s, 1),
		    .failures = (long)sqlite3_column_int64(s, 2),
		    .status = (char *)sqlite3_column_text(s, 3),
		    .diagnostic = (char *)sqlite3_column_text(s, 4)};
		r = fn(&f, (const char *)sqlite3_column_text(s, 5),
		       (const char *)sqlite3_column_text(s, 6), arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "failing addresses");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

/* ---- the organiser's tools: undo, attendance, purge ---- */

int64_t
store_outbox_last_id(struct store *st)
{
	return scalar(st, bind(st, Q_OUT_LAST_ID, ""), "outbox", 0);
}

int
store_outbox_rows(struct store *st, int64_t reg, int64_t after, int64_t upto,
		  store_outbox_row_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_OUT_ROWS, "iii", reg, after, upto);
	if (s == NULL)
		return -1;
	int rc = SQLITE_DONE, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_outbox_row o = {
		    .id = sqlite3_column_int64(s, 0),
		    .reg = sqlite3_column_int64(s, 1),
		    .key = (const char *)sqlite3_column_text(s, 2),
		    .kind = (const char *)sqlite3_column_text(s, 3),
		    .rcpt = (const char *)sqlite3_column_text(s, 4),
		    .status = (const char *)sqlite3_column_text(s, 5),
		    .created_at = (const char *)sqlite3_column_text(s, 6),
		    .sent_at = (const char *)sqlite3_column_text(s, 7),
		    .attempts = (long)sqlite3_column_int64(s, 8),
		    .uncertain = (long)sqlite3_column_int64(s, 9)};
		r = fn(&o, arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "outbox rows");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

int
store_outbox_delete(struct store *st, int64_t id)
{
	return run(st, bind(st, Q_OUT_DELETE, "i", id), "outbox delete");
}

int
store_outbox_key_status(struct store *st, const char *key, char **status)
{
	*status = NULL;
	sqlite3_stmt *s = bind(st, Q_OUT_KEY_STATUS, "s", key);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*status = col_text(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(st, "outbox lookup");
	return rc == SQLITE_ROW;
}

long
store_outbox_sent_since(struct store *st, const char *since)
{
	return (long)scalar(st, bind(st, Q_OUT_SENT_SINCE, "s", since),
			    "sent count", 0);
}

int
store_calendar_each(struct store *st, int64_t reg, store_calendar_fn fn,
		    void *arg)
{
	sqlite3_stmt *s = bind(st, Q_CAL_EACH, "i", reg);
	if (s == NULL)
		return -1;
	int rc = SQLITE_DONE, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_calendar_row c = {
		    .day = sqlite3_column_int(s, 0),
		    .uid = (const char *)sqlite3_column_text(s, 1),
		    .sequence = sqlite3_column_int(s, 2),
		    .fingerprint = (const char *)sqlite3_column_text(s, 3),
		    .method = (const char *)sqlite3_column_text(s, 4),
		    .outbox_key = (const char *)sqlite3_column_text(s, 5),
		    .sent_at = (const char *)sqlite3_column_text(s, 6)};
		r = fn(&c, arg);
	}
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "calendar rows");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

int
store_calendar_forget(struct store *st, int64_t reg)
{
	return run(st, bind(st, Q_CAL_FORGET, "i", reg), "calendar forget");
}

void
store_undo_clear(struct store_undo *u)
{
	if (u == NULL)
		return;
	free(u->at);
	free(u->tag);
	free(u->command);
	free(u->snapshot);
	free(u->undone_at);
	memset(u, 0, sizeof *u);
}

int
store_undo_add(struct store *st, struct store_undo *u)
{
	if (run(st,
		bind(st, Q_UNDO_ADD, "sssiiis", u->at, u->tag, u->command,
		     u->reg, u->outbox_after, u->outbox_upto, u->snapshot),
		"record undo") < 0)
		return -1;
	u->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_undo_last(struct store *st, int64_t reg, struct store_undo *u)
{
	memset(u, 0, sizeof *u);
	sqlite3_stmt *s = bind(st, Q_UNDO_LAST, "i", reg);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		u->id = sqlite3_column_int64(s, 0);
		u->at = col_text(s, 1);
		u->tag = col_text(s, 2);
		u->command = col_text(s, 3);
		u->reg = sqlite3_column_int64(s, 4);
		u->outbox_after = sqlite3_column_int64(s, 5);
		u->outbox_upto = sqlite3_column_int64(s, 6);
		u->snapshot = col_text(s, 7);
		u->undone_at = col_text(s, 8);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "undo lookup");
	sqlite3_reset(s);
	return found;
}

int
store_undo_done(struct store *st, int64_t id, const char *at)
{
	return run(st, bind(st, Q_UNDO_DONE, "is", id, at), "undo done");
}

int
store_attendance_add(struct store *st, int64_t reg, int day, const char *at)
{
	if (run(st, bind(st, Q_ATT_ADD, "iis", reg, (int64_t)day, at),
		"record attendance") < 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

int
store_attendance_remove(struct store *st, int64_t reg, int day)
{
	if (run(st, bind(st, Q_ATT_DEL, "ii", reg, (int64_t)day),
		"remove attendance") < 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

int
store_attendance_each(struct store *st, store_attendance_fn fn, void *arg)
{
	sqlite3_stmt *s = bind(st, Q_ATT_EACH, "");
	if (s == NULL)
		return -1;
	int rc = SQLITE_DONE, r = 0;
	while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW)
		r = fn(sqlite3_column_int64(s, 0), sqlite3_column_int(s, 1),
		       (const char *)sqlite3_column_text(s, 2), arg);
	if (r == 0 && rc != SQLITE_DONE)
		r = fail(st, "attendance");
	sqlite3_reset(s);
	return r < 0 ? -1 : 0;
}

int
store_reg_keep_amount(struct store *st, int64_t id, long cents)
{
	return run(st, bind(st, Q_REG_KEEP_AMOUNT, "ii", id, (int64_t)cents),
		   "keep amount");
}

/* Runs one purge statement; the rows it changed go to *n. */
static int
purge_step(struct store *st, enum stmt q, const char *now, long *n)
{
	sqlite3_stmt *s =
	    q == Q_PURGE_REGS ? bind(st, q, "s", now) : bind(st, q, "");
	if (run(st, s, "purge") < 0)
		return -1;
	*n = (long)sqlite3_changes(st->db);
	return 0;
}

int
store_purge(struct store *st, const char *now, struct store_purge *n)
{
	memset(n, 0, sizeof *n);
	long org_counts = 0; /* not reported: no personal data of its own */
	const struct {
		enum stmt q;
		long *count;
	} steps[] = {
	    {Q_PURGE_NAMES, &n->names},
	    {Q_PURGE_EMAILS, &n->emails},
	    {Q_PURGE_PHONES, &n->phones},
	    {Q_PURGE_DIETS, &n->diets},
	    {Q_PURGE_ROLES, &n->roles},
	    {Q_PURGE_ORGS, &n->organisations},
	    {Q_PURGE_REGS, &n->registrations},
	    {Q_PURGE_MSGS, &n->messages},
	    {Q_PURGE_OUTBOX, &n->outbox},
	    {Q_PURGE_AUDIT, &n->audit},
	    {Q_PURGE_UNDO, &n->undo},
	    {Q_PURGE_HEALTH, &n->health},
	    {Q_PURGE_BOUNCES, &n->bounces},
	    {Q_PURGE_FAILING, &n->failing},
	    {Q_PURGE_DECISIONS, &n->decisions},
	    {Q_PURGE_ORG_COUNTS, &org_counts},
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (purge_step(st, steps[i].q, now, steps[i].count) < 0)
			return -1;
	return 0;
}

int
store_secure_delete(struct store *st)
{
	return exec(st, "PRAGMA secure_delete = ON");
}

int
store_checkpoint(struct store *st)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(st->db, "PRAGMA wal_checkpoint(TRUNCATE)", -1,
			       &s, NULL) != SQLITE_OK)
		return fail(st, "checkpoint");
	int rc = sqlite3_step(s), busy = 0;
	if (rc == SQLITE_ROW)
		busy = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(st, "checkpoint");
	return busy ? 1 : 0;
}

/* ---- the organiser's decisions by mail (migration 12) ---- */

void
store_decision_clear(struct store_decision *d)
{
	if (d == NULL)
		return;
	char **f[] = {&d->token,       &d->msgkey,	  &d->message_id,
		      &d->received_at, &d->sender,	  &d->sender_name,
		      &d->subject,     &d->lang,	  &d->why,
		      &d->propose,     &d->codes,	  &d->people,
		      &d->snapshot,    &d->forward_msgid, &d->created_at,
		      &d->used_at,     &d->used_how};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		free(*f[i]);
	memset(d, 0, sizeof *d);
}

int
store_decision_insert(struct store *st, struct store_decision *d)
{
	sqlite3_stmt *s = bind(
	    st, Q_DEC_INSERT, "sissssssssssssss", d->token, d->message,
	    d->msgkey, d->message_id, d->received_at, d->sender, d->sender_name,
	    d->subject, d->lang, d->why, d->propose, d->codes, d->people,
	    d->snapshot, d->forward_msgid, d->created_at);
	if (run(st, s, "insert decision") < 0)
		return -1;
	d->id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static int
read_decision(struct store *st, sqlite3_stmt *s, struct store_decision *d)
{
	memset(d, 0, sizeof *d);
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s), found = 0;
	if (rc == SQLITE_ROW) {
		d->id = sqlite3_column_int64(s, 0);
		d->token = col_text(s, 1);
		d->message = sqlite3_column_int64(s, 2);
		d->msgkey = col_text(s, 3);
		d->message_id = col_text(s, 4);
		d->received_at = col_text(s, 5);
		d->sender = col_text(s, 6);
		d->sender_name = col_text(s, 7);
		d->subject = col_text(s, 8);
		d->lang = col_text(s, 9);
		d->why = col_text(s, 10);
		d->propose = col_text(s, 11);
		d->codes = col_text(s, 12);
		d->people = col_text(s, 13);
		d->snapshot = col_text(s, 14);
		d->forward_msgid = col_text(s, 15);
		d->created_at = col_text(s, 16);
		d->used_at = col_text(s, 17);
		d->used_by = sqlite3_column_int64(s, 18);
		d->used_how = col_text(s, 19);
		found = 1;
	} else if (rc != SQLITE_DONE)
		found = fail(st, "decision lookup");
	sqlite3_reset(s);
	return found;
}

int
store_decision_find(struct store *st, const char *token,
		    struct store_decision *d)
{
	return read_decision(st, bind(st, Q_DEC_TOKEN, "s", token), d);
}

int
store_decision_by_forward(struct store *st, const char *msgid,
			  struct store_decision *d)
{
	return read_decision(st, bind(st, Q_DEC_FORWARD, "s", msgid), d);
}

/* The first text column of a one-row statement into *out (caller frees):
 * 1 found, 0 no row, -1 error. */
static int
text_row(struct store *st, sqlite3_stmt *s, const char *what, char **out)
{
	*out = NULL;
	if (s == NULL)
		return -1;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = col_text(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(st, what);
	return *out != NULL;
}

int
store_decision_open_token(struct store *st, int64_t message, char **token)
{
	return text_row(st, bind(st, Q_DEC_OPEN, "i", message), "open decision",
			token);
}

int
store_decision_use(struct store *st, int64_t id, const char *at, int64_t by,
		   const char *how)
{
	if (run(st, bind(st, Q_DEC_USE, "isis", id, at, by, how),
		"use decision") < 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

int
store_savepoint(struct store *st)
{
	return run(st, bind(st, Q_SAVEPOINT, ""), "savepoint");
}

int
store_savepoint_release(struct store *st)
{
	return run(st, bind(st, Q_RELEASE, ""), "release savepoint");
}

int
store_savepoint_rollback(struct store *st)
{
	/* back to the savepoint, which stays open: release it too */
	if (run(st, bind(st, Q_ROLLBACK_TO, ""), "rollback to savepoint") < 0)
		return -1;
	return store_savepoint_release(st);
}

int
store_in_transaction(struct store *st)
{
	return !sqlite3_get_autocommit(st->db);
}

int
store_message_mark(struct store *st)
{
	return exec(st, "SAVEPOINT regbot_message");
}

int
store_message_keep(struct store *st)
{
	return exec(st, "RELEASE regbot_message");
}

int
store_message_undo(struct store *st)
{
	/* Only when the transaction is still open: some errors (a full
	 * disk, I/O) make SQLite roll all of it back. */
	if (!store_in_transaction(st))
		return -1;
	if (exec(st, "ROLLBACK TO regbot_message") < 0)
		return -1;
	return exec(st, "RELEASE regbot_message");
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
