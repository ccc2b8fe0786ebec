#!/usr/bin/env bash
# mkmail.sh — realistic registration mails for the course in the brochure
# ("deSTADSWIJKstudies op locatie Almere"), written as RFC 5322 files.
#
# Source it for the functions, or run it:
#   mkmail.sh one FILE NUM POOL LANG [VARIANT]
#   mkmail.sh batch OUTDIR N_GEMEENTE N_ORGANISATIES [FIRST_NUM]
#
#   POOL     gemeente (address @almere.nl) | org (an organisation's domain)
#   LANG     nl | en
#   VARIANT  plain (8bit UTF-8) | qp (quoted-printable, encoded Subject)
#            | alt (multipart/alternative, text + HTML table)
#            | incomplete (form with Organisatie and Functie left empty)
#            | resend (the same person again, new Message-ID)
#
# People are neutral placeholders: "Deelnemer 07" <deelnemer07@almere.nl>,
# "Participant 42" <participant42@example.org>.  The number NUM makes the
# local part unique across domains, as the test Dovecot (auth_username_format
# %Ln) needs.  Each file gets a unique Message-ID and a Date in April 2010.
# Lines end in LF; MKMAIL_CRLF=1 writes CRLF.
#
# A batch writes OUTDIR/NNN.eml in sending order plus OUTDIR/manifest.tsv:
#   file  email  user  pool  lang  variant
# Pools are interleaved evenly; languages and variants vary by number.

_MKMAIL_ORGS=(
	"welzijn-voorbeeld.nl|Stichting Welzijn Voorbeeld Almere"
	"zorggroep-voorbeeld.nl|Zorggroep Voorbeeld"
	"example.org|Example Foundation for Community Care"
	"woonstichting-voorbeeld.nl|Woonstichting Voorbeeld"
	"jeugdzorg-voorbeeld.nl|Jeugdzorg Voorbeeld Flevoland"
	"buurtwerk-voorbeeld.nl|Coöperatie Buurtwerk Voorbeeld"
	"example.com|Example Youth Services"
)
_MKMAIL_DEPTS=(
	"Dienst Maatschappelijke Ontwikkeling"
	"Dienst Stedelijke Ontwikkeling"
	"Dienst Publiek, Gezondheid en Welzijn"
	"Programmabureau Almere 2.0"
)
_MKMAIL_ROLES_NL=(
	"Beleidsadviseur wonen en zorg"
	"Coördinator vrijwilligerswerk"
	"Teamleider wijkteam Stad-Oost"
	"Senior beleidsmedewerker"
	"Opbouwwerker"
	"Programmamanager sociale agenda"
)
_MKMAIL_ROLES_EN=(
	"Policy adviser"
	"Programme manager"
	"Team leader, community support"
	"Community worker"
	"Head of client services"
)
_MKMAIL_DIETS_NL=("geen" "vegetarisch" "geen" "halal" "glutenvrij")
_MKMAIL_DIETS_EN=("none" "vegetarian" "none" "halal" "gluten-free")
_MKMAIL_SEQ=0

# mkmail_addr NUM POOL LANG -> "Display Name|local|domain|organisation"
mkmail_addr() {
	local num=$1 pool=$2 lang=$3 nn name lp domain org dept
	nn=$(printf '%02d' "$num")
	if [ "$lang" = en ]; then
		name="Participant $nn" lp="participant$nn"
	else
		name="Deelnemer $nn" lp="deelnemer$nn"
	fi
	if [ "$pool" = gemeente ]; then
		domain=almere.nl
		dept=${_MKMAIL_DEPTS[num % ${#_MKMAIL_DEPTS[@]}]}
		org="Gemeente Almere, $dept"
	else
		local o=${_MKMAIL_ORGS[num % ${#_MKMAIL_ORGS[@]}]}
		domain=${o%%|*} org=${o#*|}
	fi
	printf '%s|%s|%s|%s\n' "$name" "$lp" "$domain" "$org"
}

# RFC 5322 date in April 2010 (CEST), spread by NUM.
_mkmail_date() {
	local num=$1 day hh mm ss dow
	local names=(Mon Tue Wed Thu Fri Sat Sun)
	day=$((12 + num % 17))            # 12..28 April 2010
	dow=$(((3 + day - 1) % 7))        # 1 April 2010 was a Thursday
	if [ "$dow" -ge 5 ]; then day=$((day - dow + 4)) dow=4; fi # weekdays
	hh=$((8 + num % 9)) mm=$(((num * 7) % 60)) ss=$(((num * 13) % 60))
	printf '%s, %02d Apr 2010 %02d:%02d:%02d +0200' "${names[dow]}" "$day" "$hh" "$mm" "$ss"
}

# Quoted-printable body encoding (stdin -> stdout), bytes in LC_ALL=C.
_mkmail_qp() {
	LC_ALL=C awk '
	  BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i }
	  {
	    out = ""; col = 0; n = length($0)
	    for (i = 1; i <= n; i++) {
	      c = substr($0, i, 1); o = ord[c]
	      if (o == 61 || o > 126 || (o < 32 && o != 9) || \
	          ((o == 32 || o == 9) && i == n))
	        t = sprintf("=%02X", o)
	      else t = c
	      if (col + length(t) > 75) { out = out "=\n"; col = 0 }
	      out = out t; col += length(t)
	    }
	    print out
	  }'
}

# RFC 2047 Q-encoding of a header value when it is not plain ASCII.
_mkmail_hdr() {
	if LC_ALL=C grep -q '[^ -~]' <<<"$1"; then
		printf '=?UTF-8?Q?%s?=' "$(printf '%s' "$1" | LC_ALL=C awk '
		  BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i; RS = "\001" }
		  { s = ""; for (i = 1; i <= length($0); i++) { c = substr($0, i, 1); o = ord[c]
		      if (c == " ") s = s "_"
		      else if (o > 126 || o < 33 || c == "=" || c == "?" || c == "_") s = s sprintf("=%02X", o)
		      else s = s c }
		    printf "%s", s }')"
	else
		printf '%s' "$1"
	fi
}

_mkmail_html_escape() {
	local s=${1//&/&amp;}
	s=${s//</&lt;}
	printf '%s' "${s//>/&gt;}"
}

# mkmail_registration FILE NUM POOL LANG [VARIANT]
mkmail_registration() {
	local file=$1 num=$2 pool=$3 lang=$4 variant=${5:-plain}
	local who name lp domain org email role phone diet subject greeting
	local intro closing invoice="" ref=""
	who=$(mkmail_addr "$num" "$pool" "$lang") || return 1
	IFS="|" read -r name lp domain org <<<"$who"
	email="$lp@$domain"
	phone=$(printf '036 - 000 %04d' "$num")
	if [ "$lang" = en ]; then
		role=${_MKMAIL_ROLES_EN[num % ${#_MKMAIL_ROLES_EN[@]}]}
		diet=${_MKMAIL_DIETS_EN[num % ${#_MKMAIL_DIETS_EN[@]}]}
		subject="Registration: deSTADSWIJKstudies Almere 2010"
		greeting="Dear programme secretariat,"
		intro="I would like to register for the course \"Almere: Sociale ambities in een
groeiende stad\" (1 June, 23 September, 2 November and 23 November 2010).
My details:"
		closing="Kind regards,"
	else
		role=${_MKMAIL_ROLES_NL[num % ${#_MKMAIL_ROLES_NL[@]}]}
		diet=${_MKMAIL_DIETS_NL[num % ${#_MKMAIL_DIETS_NL[@]}]}
		subject="Aanmelding leergang deSTADSWIJKstudies op locatie Almere"
		greeting="Geachte heer/mevrouw,"
		intro="Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie
Almere (1 juni, 23 september, 2 november en 23 november 2010).
Hieronder mijn gegevens."
		closing="Met vriendelijke groet,"
	fi
	[ "$variant" = qp ] && [ "$lang" = nl ] && subject="Aanmelding leergang – deSTADSWIJKstudies Almere"
	[ "$variant" = resend ] && subject="Nogmaals: $subject"
	if [ "$pool" = org ]; then
		invoice="Voorbeeldlaan $((num % 90 + 1)), 1315 AA Almere"
		ref="INK-2010-$(printf '%04d' "$num")"
	fi
	local orgf=$org rolef=$role
	if [ "$variant" = incomplete ]; then orgf="" rolef=""; fi

	# The filled-in form: label/value pairs as the brochure's reply form.
	local labels values
	if [ "$lang" = en ]; then
		labels=("Name" "Organisation" "Position" "E-mail" "Phone" "Dietary requirements")
	else
		labels=("Naam" "Organisatie" "Functie" "E-mail" "Telefoon" "Dieetwensen")
	fi
	values=("$name" "$orgf" "$rolef" "$email" "$phone" "$diet")
	if [ -n "$invoice" ]; then
		if [ "$lang" = en ]; then
			labels+=("Invoice address" "Invoice reference")
		else
			labels+=("Factuuradres" "Factuurkenmerk")
		fi
		values+=("$invoice" "$ref")
	fi
	local text i
	text="$greeting"$'\n\n'"$intro"$'\n\n'
	for i in "${!labels[@]}"; do
		text+="${labels[i]}: ${values[i]}"$'\n'
	done
	[ "$variant" = resend ] && if [ "$lang" = en ]; then
		text+=$'\n'"I am not sure my first mail arrived, so here it is again."$'\n'
	else
		text+=$'\n'"Ik weet niet zeker of mijn eerste mail is aangekomen, vandaar nogmaals."$'\n'
	fi
	text+=$'\n'"$closing"$'\n\n'"$name"$'\n'"$org"$'\n'"T $phone"$'\n'

	_MKMAIL_SEQ=$((_MKMAIL_SEQ + 1))
	local mid
	mid="$(date +%s).$num.$$.$_MKMAIL_SEQ.$RANDOM$RANDOM@$domain"
	{
		printf 'From: %s <%s>\n' "$name" "$email"
		printf 'To: deSTADSWIJKstudies Almere <robot@regbot.test>\n'
		printf 'Subject: %s\n' "$(_mkmail_hdr "$subject")"
		printf 'Date: %s\n' "$(_mkmail_date "$num")"
		printf 'Message-ID: <%s>\n' "$mid"
		printf 'MIME-Version: 1.0\n'
		if [ "$lang" = en ]; then printf 'Content-Language: en-GB\n'; else printf 'Content-Language: nl-NL\n'; fi
		case $variant in
		qp)
			printf 'Content-Type: text/plain; charset=utf-8\n'
			printf 'Content-Transfer-Encoding: quoted-printable\n\n'
			printf '%s' "$text" | _mkmail_qp
			;;
		alt)
			local b="=_alt_${num}_$RANDOM"
			printf 'Content-Type: multipart/alternative; boundary="%s"\n\n' "$b"
			printf 'This is a multi-part message in MIME format.\n\n'
			printf -- '--%s\nContent-Type: text/plain; charset="utf-8"\n' "$b"
			printf 'Content-Transfer-Encoding: quoted-printable\n\n'
			printf '%s' "$text" | _mkmail_qp
			printf -- '\n--%s\nContent-Type: text/html; charset="utf-8"\n' "$b"
			printf 'Content-Transfer-Encoding: quoted-printable\n\n'
			{
				printf '<html><head><meta charset="utf-8"></head><body>\n'
				printf '<p>%s</p>\n' "$(_mkmail_html_escape "$greeting")"
				printf '<p>%s</p>\n<table>\n' "$(_mkmail_html_escape "$intro")"
				for i in "${!labels[@]}"; do
					printf '<tr><td>%s:</td><td>%s</td></tr>\n' \
						"$(_mkmail_html_escape "${labels[i]}")" \
						"$(_mkmail_html_escape "${values[i]}")"
				done
				printf '</table>\n<p>%s<br>\n%s<br>\n%s</p>\n</body></html>\n' \
					"$closing" "$name" "$(_mkmail_html_escape "$org")"
			} | _mkmail_qp
			printf -- '\n--%s--\n' "$b"
			;;
		*)
			printf 'Content-Type: text/plain; charset=utf-8\n'
			printf 'Content-Transfer-Encoding: 8bit\n\n'
			printf '%s' "$text"
			;;
		esac
	} >"$file.tmp" || return 1
	if [ "${MKMAIL_CRLF:-0}" = 1 ]; then
		sed 's/$/\r/' "$file.tmp" >"$file" && rm -f "$file.tmp"
	else
		mv "$file.tmp" "$file"
	fi
}

# mkmail_batch OUTDIR N_GEMEENTE N_ORG [FIRST_NUM]
mkmail_batch() {
	local out=$1 ng=$2 no=$3 first=${4:-1}
	local total=$((ng + no)) i pool lang variant num f info lp domain
	mkdir -p "$out" || return 1
	: >"$out/manifest.tsv"
	for ((i = 0; i < total; i++)); do
		num=$((first + i))
		# Spread the municipality's mails evenly through the batch.
		if (((i + 1) * ng / total > i * ng / total)); then pool=gemeente; else pool=org; fi
		if [ "$pool" = gemeente ]; then
			((num % 5 == 0)) && lang=en || lang=nl
		else
			((num % 3 == 0)) && lang=en || lang=nl
		fi
		if ((num % 7 == 3)); then variant=alt
		elif ((num % 4 == 1)); then variant=qp
		else variant=plain; fi
		f=$(printf '%s/%03d.eml' "$out" "$((i + 1))")
		mkmail_registration "$f" "$num" "$pool" "$lang" "$variant" || return 1
		info=$(mkmail_addr "$num" "$pool" "$lang")
		IFS="|" read -r _ lp domain _ <<<"$info"
		printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$lp@$domain" "$lp" \
			"$pool" "$lang" "$variant" >>"$out/manifest.tsv"
	done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -euo pipefail
	case ${1:-} in
	one) shift; mkmail_registration "$@" ;;
	batch) shift; mkmail_batch "$@" ;;
	*)
		sed -n '2,20s/^# \{0,1\}//p' "$0" >&2
		exit 2
		;;
	esac
fi
