# core/lib/normalize.mk - text normalization for speech (part of libcrier).
# Included from core/local.mk; sources are added below once they compile.
