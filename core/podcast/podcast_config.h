/*
 * podcast_config.h - the config's podcast group, read and checked:
 *
 *	podcast = { folder = "~/Podcast"; url = "https://example.org/crier/";
 *		    title = "Morning briefing"; keep = 14; format = "mp3"; };
 */
#ifndef CRIER_PODCAST_CONFIG_H
#define CRIER_PODCAST_CONFIG_H

struct config;

struct podcast_config {
	char *folder;		/* expanded; owned */
	char *url;		/* the folder's public address, ending in '/'; owned */
	char *title;		/* the feed's title; owned */
	char *format;		/* the episodes' extension: "mp3", "opus"...; owned */
	const char *type;	/* its MIME type ("audio/mpeg"); static */
	int keep;		/* episodes kept in the feed, at least 1 */
};

/*
 * Reads c's podcast group (defaults for absent keys; url has none).
 * Returns 0, or -1 with crier_error() set to "FILE:LINE: ..." naming the
 * bad key.  Release pc either way.
 */
int podcast_config_read(const struct config *c, struct podcast_config *pc);
void podcast_config_release(struct podcast_config *pc);
/*
 * Whether url is an absolute http:// or https:// URL with a host and
 * nothing a feed reader would choke on (spaces, quotes, control
 * characters).  Returns 1 or 0.
 */
int podcast_url_ok(const char *url);

#endif
