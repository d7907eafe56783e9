# plugins/local.mk - every plugin directory's fragment.
include $(srcdir)/plugins/file/local.mk
include $(srcdir)/plugins/lead/local.mk
include $(srcdir)/plugins/feed/local.mk
include $(srcdir)/plugins/web/local.mk
include $(srcdir)/plugins/textrank/local.mk
include $(srcdir)/plugins/news/local.mk
