# plugins/local.mk - every plugin directory's fragment.
include $(srcdir)/plugins/file/local.mk
include $(srcdir)/plugins/lead/local.mk
