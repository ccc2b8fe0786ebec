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

-include $(OBJS:.o=.d) $(UBINS:=.d)
