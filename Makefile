# regbot — build, test, demo, install.
#
#   make            build ./regbot (release flags, warnings are errors)
#   make check      build with ASan+UBSan, run unit tests (cmocka), a short
#                   fuzz run and integration tests (real Dovecot, Postfix
#                   and smtp-sink on loopback)
#   make demo       run the robot on a demo mailbox
#   make lint       clang-format check and cppcheck of src/ and tests/unit
#   make torture    the long runs: 10,000 seat sequences, every fuzz target
#                   for FUZZ_RUNS executions
#   make install    PREFIX=/usr/local DESTDIR=
#
# No target installs packages: check, demo, unit and integration first run
# scripts/deps.sh --check, which lists what is missing and the command that
# installs it.  scripts/deps.sh (as root) installs; see README.

PREFIX  ?= /usr/local
DESTDIR ?=
SYSCONFDIR ?= /etc
UNITDIR ?= $(PREFIX)/lib/systemd/system
MANDIR  ?= $(PREFIX)/share/man
DOCDIR  ?= $(PREFIX)/share/doc/regbot
DATADIR ?= $(PREFIX)/share/regbot
BUILD   ?= build
SAN     ?=
CC      ?= cc

PKGS    := libcurl sqlite3 inih json-c gnutls libxml-2.0 libical \
           libexttextcat
WARN    := -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes \
           -Wmissing-prototypes -Werror
CPPFLAGS += -D_DEFAULT_SOURCE -D_GNU_SOURCE -Isrc -I$(BUILD)

# $(call pkg_config,ARGS): pkg-config's output; when it fails, make stops
# with pkg-config's own message (a missing .pc file names the package).
pkg_config = $(eval pkg_out_ := $(shell pkg-config $(1) 2>&1))$(if \
    $(filter 0,$(.SHELLSTATUS)),$(pkg_out_),$(error pkg-config $(1) \
    failed: $(pkg_out_)))
# Expanded when a compile or link first needs them, not when the Makefile
# is read, so `make check` without the packages gets as far as deps.sh
# --check; then kept (the variable redefines itself as a simple one).
PKG_CFLAGS = $(eval PKG_CFLAGS := $(call pkg_config,--cflags $(PKGS)))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $(call pkg_config,--libs $(PKGS)))$(PKG_LIBS)

CFLAGS  ?= -O2 -g
CFLAGS  += -std=c17 $(WARN) $(PKG_CFLAGS)
# pkg-config --libs libetpan leaks a Debian build spec file: link plainly.
LDLIBS  += -letpan $(PKG_LIBS) -lunistring -lm

ifneq ($(SAN),)
CFLAGS  += -fsanitize=address,undefined -fno-sanitize-recover=all \
           -fno-omit-frame-pointer
LDFLAGS += -fsanitize=address,undefined
endif

SRCS    := $(wildcard src/*.c)
OBJS    := $(SRCS:src/%.c=$(BUILD)/obj/%.o)
LIBOBJS := $(filter-out $(BUILD)/obj/main.o,$(OBJS))
UTESTS  := $(wildcard tests/unit/test_*.c)
UBINS   := $(UTESTS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all tests check unit integration demo install clean deps fmt lint \
        torture interop

all: $(BUILD)/regbot
ifeq ($(BUILD),build)
all: regbot
# A new file renamed over the old one, not the old one overwritten: a
# regbot running from ./regbot (a daemon, a benchmark) keeps its pages.
regbot: $(BUILD)/regbot
	cp $< $@.tmp && mv -f $@.tmp $@
endif

$(BUILD)/regbot: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The version and the configuration directory, in a header rewritten only
# when they change (so a new commit rebuilds main.o, nothing else).
VERSION := $(shell cat VERSION)$(shell git describe --always --dirty \
               --exclude '*' 2>/dev/null | sed 's/^/+git./')
$(BUILD)/version.h: FORCE
	@mkdir -p $(@D)
	@printf '#define REGBOT_VERSION "%s"\n#define REGBOT_SYSCONFDIR "%s"\n' \
	    '$(VERSION)' '$(SYSCONFDIR)' >$@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi
$(BUILD)/obj/main.o: $(BUILD)/version.h
.PHONY: FORCE
FORCE:

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< $(LIBOBJS) \
	    $(LDLIBS) -lcmocka

tests: $(BUILD)/regbot $(UBINS)

deps:
	@scripts/deps.sh --check

# The whole suite runs on the sanitizer build; the release build is made
# too so its warnings count.
check: deps
	$(MAKE) all
	$(MAKE) BUILD=build/san SAN=1 tests
	$(MAKE) fuzz-check
	tests/run.sh build/san

unit: deps
	$(MAKE) BUILD=build/san SAN=1 tests
	tests/run.sh --unit build/san

integration: deps
	$(MAKE) BUILD=build/san SAN=1 tests
	tests/run.sh --integration build/san

demo: deps all
	scripts/demo.sh

# Not part of check: the reduced scenario against Dovecot and a real Cyrus
# IMAP (downloaded and unpacked into build/interop), results table.
interop: deps all
	scripts/interop.sh

# The binary, templates, man pages, the example configuration (with the
# installed paths), and the systemd unit regbot@.service: one instance
# per course, its configuration in $(SYSCONFDIR)/regbot/INSTANCE.conf.
# INSTALL_BIN: a binary built already (the tests install theirs, so an
# install never rebuilds what a running suite uses).
INSTALL_BIN ?= $(BUILD)/regbot
install: $(INSTALL_BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8 \
	    $(DESTDIR)$(DOCDIR) $(DESTDIR)$(UNITDIR)
	install -m 755 $(INSTALL_BIN) $(DESTDIR)$(PREFIX)/bin/regbot
	rm -rf $(DESTDIR)$(DATADIR)/templates
	cp -R templates $(DESTDIR)$(DATADIR)/
	chmod -R u=rwX,go=rX $(DESTDIR)$(DATADIR)/templates
	install -m 644 doc/regbot.8 $(DESTDIR)$(MANDIR)/man8/regbot.8
	install -m 644 doc/regbot.conf.5 $(DESTDIR)$(MANDIR)/man5/regbot.conf.5
	sed -e 's|^spool = spool .*|spool = /var/lib/regbot/INSTANCE     ; database and raw copies|' \
	    -e 's|^templates = templates|templates = $(DATADIR)/templates|' \
	    -e 's|^; Copy to config/regbot.conf.*|; Copy to $(SYSCONFDIR)/regbot/INSTANCE.conf, adjust the servers and secrets,|' \
	    -e 's|^;   regbot check-config|;   then run: regbot --instance INSTANCE check-config|' \
	    -e 's|^; Relative paths are .*|; Paths are absolute: the daemon does not depend on its current directory.|' \
	    config/regbot.conf.example >$(DESTDIR)$(DOCDIR)/regbot.conf.example
	chmod 644 $(DESTDIR)$(DOCDIR)/regbot.conf.example
	sed -e 's|@BINDIR@|$(PREFIX)/bin|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' \
	    systemd/regbot@.service.in >$(DESTDIR)$(UNITDIR)/regbot@.service
	chmod 644 $(DESTDIR)$(UNITDIR)/regbot@.service

fmt:
	clang-format -i src/*.c src/*.h tests/unit/*.c

# ---- lint ----------------------------------------------------------------
#
# clang-format with the committed .clang-format, as a check (nothing is
# rewritten; `make fmt` does that); cppcheck on the C sources with the
# project's -D/-I, warnings and portability/performance findings (its
# style advice is left out as noise).  Suppressions and a json-c macro
# definition, each with its reason: tests/lint/.

LINT_FMT       := $(wildcard src/*.c src/*.h tests/unit/*.c)
CPPCHECK       ?= cppcheck
CPPCHECK_FLAGS := --std=c11 --language=c --quiet --error-exitcode=1 \
                  --enable=warning,performance,portability --inline-suppr \
                  --suppressions-list=tests/lint/cppcheck.supp \
                  --library=tests/lint/cppcheck.cfg \
                  -D_DEFAULT_SOURCE -D_GNU_SOURCE -Isrc

lint:
	@command -v clang-format >/dev/null && command -v $(CPPCHECK) \
	    >/dev/null || { scripts/deps.sh --check; exit 1; }
	@rc=0; \
	echo "lint: clang-format --dry-run -Werror (src, tests/unit)"; \
	clang-format --dry-run -Werror $(LINT_FMT) || rc=1; \
	echo "lint: $(CPPCHECK) (src, tests/unit, tests/fuzz)"; \
	$(CPPCHECK) $(CPPCHECK_FLAGS) src tests/unit tests/fuzz || rc=1; \
	[ $$rc = 0 ] && echo "lint: clean"; exit $$rc

clean:
	rm -rf build regbot

# ---- corpus report and fuzzing (issue 3) -------------------------------
#
#   make corpus-report  accuracy per field and per intent on tests/corpus
#   make fuzz           each libFuzzer target for FUZZ_SECONDS (300)
#   make fuzz-check     each target replays its seeds, then fuzzes for
#                       FUZZ_CHECK_SECONDS (15); part of make check
#   make torture        test_seats with TORTURE_SEQUENCES (10,000), the
#                       hostile mail at full size and the crashing daemon
#                       over 1,000 mails with 50 crashes, then each target
#                       for FUZZ_RUNS (10^6) executions or
#                       TORTURE_FUZZ_SECONDS (14400), whichever comes
#                       first, in TORTURE_FUZZ_JOBS lanes side by side
#                       (the number of cores): fuzz_message, at about
#                       75-140 inputs a second (2 to 4 hours), has a lane
#                       of its own; fuzz_reading (230-330 a second, about
#                       an hour) and the others, minutes each, share the
#                       rest; TORTURE_MESSAGE_WORKERS=N (1) runs
#                       fuzz_message as N processes on one corpus, its
#                       10^6 split between them and their executions
#                       summed, for a machine with cores to spare
#
# The fuzz targets build the parsing modules with clang's libFuzzer,
# ASan and UBSan into build/fuzz; tests/fuzz/run.sh seeds them (mail from
# tests/corpus and ../shared/corpus/public, config/ for fuzz_config,
# templates/ for fuzz_tmpl, the mail and tests/fuzz/seeds/bounce for
# fuzz_bounce, tests/fuzz/seeds/orgcmd for fuzz_orgcmd).  Each target
# links only the modules it tests: fuzz_NAME_MODS.

FUZZ_CC            ?= clang
FUZZ_DIR           := build/fuzz
FUZZ_SECONDS       ?= 300
FUZZ_CHECK_SECONDS ?= 15
FUZZ_RUNS          ?= 1000000
TORTURE_SEQUENCES  ?= 10000
TORTURE_FUZZ_SECONDS ?= 14400
TORTURE_FUZZ_JOBS  ?= $(shell nproc 2>/dev/null || echo 1)
TORTURE_MESSAGE_WORKERS ?= 1
FUZZ_TARGETS       := message header config tmpl bounce reading orgcmd
fuzz_message_MODS  := message form quote request judge segment decide lang policy prose util
fuzz_header_MODS   := message form quote request judge segment decide lang policy prose util
fuzz_config_MODS   := config clock policy util
fuzz_tmpl_MODS     := tmpl util
fuzz_bounce_MODS   := bounce message policy util
fuzz_reading_MODS  := segment form quote judge decide policy util
fuzz_orgcmd_MODS   := orgcmd quote util
FUZZ_PKGS          := libxml-2.0 inih libical libexttextcat
FUZZ_BINS          := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)
FUZZ_OBJS          := $(sort $(foreach t,$(FUZZ_TARGETS), \
                        $(fuzz_$(t)_MODS:%=$(FUZZ_DIR)/obj/%.o)))
FUZZ_PKG_CFLAGS     = $(eval FUZZ_PKG_CFLAGS := $(call pkg_config,--cflags $(FUZZ_PKGS)))$(FUZZ_PKG_CFLAGS)
FUZZ_PKG_LIBS       = $(eval FUZZ_PKG_LIBS := $(call pkg_config,--libs $(FUZZ_PKGS)))$(FUZZ_PKG_LIBS)
FUZZ_CFLAGS         = -std=c17 $(WARN) -g -O2 -fno-omit-frame-pointer \
                      $(FUZZ_PKG_CFLAGS)
FUZZ_SAN           := address,undefined -fno-sanitize-recover=all

.PHONY: corpus-report fuzz fuzz-check fuzz-build
.SECONDARY: $(FUZZ_OBJS)

# Every corpus: the team's (tests/corpus), the blind development sets
# (tests/corpus-dev/*, open to study) and each held-out set written
# blind (tests/corpus-heldout/*), which is scored, never tuned on.
corpus-report:
	$(MAKE) BUILD=build/san SAN=1 build/san/tests/test_corpus
	@for d in tests/corpus tests/corpus-dev/dev*/ tests/corpus-heldout/set*/; do \
	    REGBOT_CORPUS=$${d%/} build/san/tests/test_corpus --report | \
	        sed '/^known misses/,$$d; /^differences/,$$d'; echo; done

$(FUZZ_DIR)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) \
	    -fsanitize=fuzzer-no-link,$(FUZZ_SAN) -MMD -MP -c -o $@ $<

$(foreach t,$(FUZZ_TARGETS),$(eval \
    $(FUZZ_DIR)/fuzz_$(t): $(fuzz_$(t)_MODS:%=$(FUZZ_DIR)/obj/%.o)))

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer,$(FUZZ_SAN) \
	    -MMD -MP -o $@ $< $(filter %.o,$^) -letpan $(FUZZ_PKG_LIBS) -lunistring

fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	FUZZ_KEEP=1 tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_DIR)

fuzz-check: fuzz-build
	FUZZ_REPLAY=1 tests/fuzz/run.sh $(FUZZ_CHECK_SECONDS) $(FUZZ_DIR)

# The long runs, for before a release or after a change to a parser or
# the seat engine; not part of make check.
torture: deps
	$(MAKE) all
	$(MAKE) BUILD=build/san SAN=1 tests
	REGBOT_SEQUENCES=$(TORTURE_SEQUENCES) build/san/tests/test_seats
	HOSTILE_SCALE=1 CRASH_RUN_MAILS=1000 CRASH_RUN_KILLS=50 \
	    TEST_TIMEOUT=3600 TEST_FILTER='hostile|crash_run' \
	    tests/run.sh --integration build/san
	$(MAKE) fuzz-build
	FUZZ_KEEP=1 FUZZ_REPLAY=1 FUZZ_RUNS=$(FUZZ_RUNS) \
	    FUZZ_JOBS=$(TORTURE_FUZZ_JOBS) \
	    FUZZ_MESSAGE_WORKERS=$(TORTURE_MESSAGE_WORKERS) \
	    tests/fuzz/run.sh $(TORTURE_FUZZ_SECONDS) $(FUZZ_DIR)

-include $(OBJS:.o=.d) $(UBINS:=.d) $(FUZZ_OBJS:.o=.d) $(FUZZ_BINS:=.d)

# ---- benchmark (issue 12) ----------------------------------------------
#
#   make bench   issue 12's measurements into bench/results.md and
#                bench/results.png (see bench/README.md); BENCH_SIZES=200,1000
#                for a quick run.  Not part of make check.  Beyond the test
#                stack it needs mlmmj and gnuplot-nox: bench/run.sh installs
#                them as root and names them otherwise.

.PHONY: bench
bench: all
	bench/run.sh
