# core/lib/extract.mk - sources of this part of libcrier (added by its owner).
