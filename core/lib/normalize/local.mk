# core/lib/normalize/local.mk - text normalization for speech: the driver,
# the rules every language shares, the English rules, the user lexicon.
core_libcrier_la_SOURCES += \
	core/lib/normalize/normalize.c \
	core/lib/normalize/normalize_int.h \
	core/lib/normalize/normalize_scan.c \
	core/lib/normalize/normalize_common.c \
	core/lib/normalize/normalize_lexicon.c \
	core/lib/normalize/normalize_en.h \
	core/lib/normalize/normalize_en.c \
	core/lib/normalize/normalize_en_address.c \
	core/lib/normalize/normalize_en_dates.c \
	core/lib/normalize/normalize_en_money.c \
	core/lib/normalize/normalize_en_names.c \
	core/lib/normalize/normalize_en_numbers.c \
	core/lib/normalize/normalize_en_phone.c \
	core/lib/normalize/normalize_en_words.c \
	core/lib/normalize/normalize_en_zones.c
crierinclude_HEADERS += core/include/crier/normalize.h
