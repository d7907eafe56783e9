# core/cmd/local.mk - the command line: option parsing, the command table
# (commands.list) and one cmd_NAME.c per command.
core_libprogram_la_SOURCES += \
	core/cmd/cli.c core/cmd/cli.h \
	core/cmd/commands.c core/cmd/commands.h \
	core/cmd/stop_signals.c core/cmd/stop_signals.h \
	core/cmd/cmd_brief.c \
	core/cmd/cmd_check_config.c \
	core/cmd/cmd_extract.c \
	core/cmd/cmd_feed.c \
	core/cmd/cmd_history.c \
	core/cmd/cmd_list.c \
	core/cmd/cmd_normalize.c \
	core/cmd/cmd_opml.c \
	core/cmd/cmd_plugins.c \
	core/cmd/cmd_podcast.c \
	core/cmd/cmd_say.c \
	core/cmd/cmd_voices.c \
	core/cmd/cmd_summarize.c
EXTRA_DIST += core/cmd/commands.list
