# regbot — build, test, demo, install.
#
#   make            build ./regbot (release flags, warnings are errors)
#   make check      install missing packages, build with ASan+UBSan, run
#                   unit tests (cmocka) and integration tests (real Dovecot,
#                   Postfix and smtp-sink on loopback)
#   make demo       install missing packages, run the robot on a demo mailbox
#   make install    PREFIX=/usr/local DESTDIR=

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
SAN     ?=
CC      ?= cc

PKGS    := libcurl sqlite3 inih json-c gnutls libxml-2.0 libical
WARN    := -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes \
           -Wmissing-prototypes -Werror
CPPFLAGS += -D_DEFAULT_SOURCE -D_GNU_SOURCE -Isrc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c17 $(WARN) $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# pkg-config --libs libetpan leaks a Debian build spec file: link plainly.
LDLIBS  += -letpan $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm

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

.PHONY: all tests check unit integration demo install clean deps fmt

all: $(BUILD)/regbot
ifeq ($(BUILD),build)
all: regbot
regbot: $(BUILD)/regbot
	cp $< $@
endif

$(BUILD)/regbot: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< $(LIBOBJS) \
	    $(LDLIBS) -lcmocka

tests: $(BUILD)/regbot $(UBINS)

deps:
	@scripts/deps.sh

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

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/regbot
	install -m 755 $(BUILD)/regbot $(DESTDIR)$(PREFIX)/bin/regbot
	cp -R templates $(DESTDIR)$(PREFIX)/share/regbot/

fmt:
	clang-format -i src/*.c src/*.h tests/unit/*.c

clean:
	rm -rf build regbot

# ---- corpus report and fuzzing (issue 3) -------------------------------
#
#   make corpus-report  accuracy per field and per intent on tests/corpus
#   make fuzz           each libFuzzer target for FUZZ_SECONDS (300)
#   make fuzz-check     each for FUZZ_CHECK_SECONDS (30); part of make check
#
# The fuzz targets build the parsing modules with clang's libFuzzer,
# ASan and UBSan into build/fuzz; tests/fuzz/run.sh seeds them from
# tests/corpus and ../shared/corpus/public.

FUZZ_CC            ?= clang
FUZZ_DIR           := build/fuzz
FUZZ_SECONDS       ?= 300
FUZZ_CHECK_SECONDS ?= 30
FUZZ_MODS          := message form request util
FUZZ_OBJS          := $(FUZZ_MODS:%=$(FUZZ_DIR)/obj/%.o)
FUZZ_BINS          := $(FUZZ_DIR)/fuzz_message $(FUZZ_DIR)/fuzz_header
FUZZ_CFLAGS        := -std=c17 $(WARN) -g -O1 -fno-omit-frame-pointer \
                      $(shell pkg-config --cflags libxml-2.0 2>/dev/null)
FUZZ_SAN           := address,undefined -fno-sanitize-recover=all

.PHONY: corpus-report fuzz fuzz-check fuzz-build
.SECONDARY: $(FUZZ_OBJS)

corpus-report:
	$(MAKE) BUILD=build/san SAN=1 build/san/tests/test_corpus
	build/san/tests/test_corpus --report

$(FUZZ_DIR)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) \
	    -fsanitize=fuzzer-no-link,$(FUZZ_SAN) -MMD -MP -c -o $@ $<

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer,$(FUZZ_SAN) \
	    -o $@ $< $(FUZZ_OBJS) -letpan \
	    $(shell pkg-config --libs libxml-2.0 2>/dev/null)

fuzz-build: $(FUZZ_BINS)

fuzz: fuzz-build
	FUZZ_KEEP=1 tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_DIR)

fuzz-check: fuzz-build
	tests/fuzz/run.sh $(FUZZ_CHECK_SECONDS) $(FUZZ_DIR)

-include $(OBJS:.o=.d) $(UBINS:=.d) $(FUZZ_OBJS:.o=.d)

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
