/*
 * publish.c - an episode into the folder and the feed; see publish.h.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "libcrier.h"
#include "base/xalloc.h"
#include "chapters_json.h"
#include "feed_xml.h"
#include "publish.h"
#include "replace_file.h"
#include "vtt_read.h"

#define STATE_FILE ".crier-episodes.json"
#define LOCK_FILE ".crier-episodes.lock"
#define FEED_FILE "feed.xml"

static char *in_folder(const struct podcast_config *pc, const char *name)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	crier_strbuf_addf(&sb, "%s/%s", pc->folder, name);
	return crier_strbuf_detach(&sb);
}

/* mkdir -p, then a check that crier may write there. */
static int make_folder(const char *dir)
{
	char *path = xstrdup(dir);
	int ret = 0;

	for (char *p = path + 1; *p && !ret; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0755) && errno != EEXIST)
			ret = -1;
		*p = '/';
	}
	if (!ret && mkdir(path, 0755) && errno != EEXIST)
		ret = -1;
	if (!ret && access(path, W_OK | X_OK))
		ret = -1;
	if (ret)
		crier_error("podcast folder %s: %s", dir, strerror(errno));
	free(path);
	return ret;
}

static int lock_folder(struct publish *p)
{
	char *path = in_folder(p->pc, LOCK_FILE);
	int ret = 0;

	p->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
	if (p->lock_fd < 0)
		ret = crier_error("%s: %s", path, strerror(errno));
	else if (flock(p->lock_fd, LOCK_EX | LOCK_NB))
		ret = crier_error("%s: another crier podcast is writing to "
				  "this folder", path);
	free(path);
	return ret;
}

/* Keeps a feed.xml crier did not write as feed.xml.edited-STAMP. */
static int keep_hand_edit(struct publish *p)
{
	struct crier_strbuf text = CRIER_STRBUF_INIT, aside = CRIER_STRBUF_INIT;
	char *feed = in_folder(p->pc, FEED_FILE), stamp[32];
	time_t now = (time_t)p->date;
	uint64_t fp;
	int ret = 0;

	if (access(feed, F_OK) || crier_strbuf_read_file(&text, feed, 0))
		goto out;
	fp = episodes_fingerprint(text.buf, text.len);
	if (fp == p->eps.feeds[0] || fp == p->eps.feeds[1])
		goto out;
	strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", localtime(&now));
	crier_strbuf_addf(&aside, "%s.edited-%s", feed, stamp);
	if (rename(feed, aside.buf))
		ret = crier_error("%s: %s", aside.buf, strerror(errno));
	else
		fprintf(stderr, "crier: %s was not written by crier (edited by "
			"hand?): kept as %s; crier writes the feed from its "
			"episode list and the podcast settings\n", feed, aside.buf);
out:
	crier_strbuf_release(&text);
	crier_strbuf_release(&aside);
	free(feed);
	return ret;
}

/* "2026-12-03-0700", or "2026-12-03-0700-2"... when that is taken. */
static void pick_id(struct publish *p)
{
	time_t now = (time_t)p->date;
	char base[32];

	strftime(base, sizeof(base), "%Y-%m-%d-%H%M", localtime(&now));
	for (int n = 1;; n++) {
		struct crier_strbuf id = CRIER_STRBUF_INIT, name = CRIER_STRBUF_INIT;
		int taken;

		crier_strbuf_adds(&id, base);
		if (n > 1)
			crier_strbuf_addf(&id, "-%d", n);
		crier_strbuf_addf(&name, "%s/%s.%s", p->pc->folder, id.buf,
				  p->pc->format);
		taken = episodes_has(&p->eps, id.buf) || !access(name.buf, F_OK);
		if (!taken) {
			p->id = crier_strbuf_detach(&id);
			p->audio = crier_strbuf_detach(&name);
			return;
		}
		crier_strbuf_release(&id);
		crier_strbuf_release(&name);
	}
}

int publish_prepare(struct publish *p, const struct podcast_config *pc)
{
	char *state;
	int ret;

	memset(p, 0, sizeof(*p));
	p->pc = pc;
	p->lock_fd = -1;
	p->date = (int64_t)time(NULL);
	if (make_folder(pc->folder) || lock_folder(p))
		return -1;
	state = in_folder(pc, STATE_FILE);
	ret = episodes_load(&p->eps, state);
	free(state);
	if (ret || keep_hand_edit(p))
		return -1;
	pick_id(p);
	return 0;
}

/* The episode's .vtt, written beside the audio; NULL when there is none. */
static char *find_vtt(const struct publish *p)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;

	crier_strbuf_addf(&sb, "%s/%s.vtt", p->pc->folder, p->id);
	if (!access(sb.buf, R_OK))
		return crier_strbuf_detach(&sb);
	crier_strbuf_release(&sb);
	return NULL;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static char *episode_title(const struct publish *p)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	time_t now = (time_t)p->date;
	char when[64];

	strftime(when, sizeof(when), "%A %d %B %Y, %H:%M", localtime(&now));
	crier_strbuf_addf(&sb, "%s: %s", p->pc->title, when);
	return crier_strbuf_detach(&sb);
}

/* The stories and chapters from the .vtt, and the chapters file. */
static int add_chapters(struct publish *p, struct episode *e, const char *vtt)
{
	struct vtt_cues cues = { 0 };
	struct crier_strbuf desc = CRIER_STRBUF_INIT, name = CRIER_STRBUF_INIT;
	char *path;
	int ret = vtt_read(vtt, &cues);

	for (size_t i = 0; !ret && i < cues.n; i++)
		crier_strbuf_addf(&desc, "%s\n", cues.cue[i].text);
	crier_strbuf_addf(&name, "%s.chapters.json", p->id);
	path = in_folder(p->pc, name.buf);
	if (!ret && !(ret = chapters_json_write(path, &cues)))
		e->chapters = crier_strbuf_detach(&name);
	e->transcript = xstrdup(base_name(vtt));
	crier_strbuf_trim(&desc);
	e->description = crier_strbuf_detach(&desc);
	free(path);
	crier_strbuf_release(&name);
	vtt_cues_release(&cues);
	return ret;
}

static int make_episode(struct publish *p, struct episode *e)
{
	struct stat st;
	char *vtt;
	int ret = 0;

	memset(e, 0, sizeof(*e));
	if (stat(p->audio, &st))
		return crier_error("%s: %s", p->audio, strerror(errno));
	e->id = xstrdup(p->id);
	e->title = episode_title(p);
	e->date = p->date;
	e->audio = xstrdup(base_name(p->audio));
	e->type = xstrdup(p->pc->type);
	e->bytes = (int64_t)st.st_size;
	e->seconds = p->seconds;
	vtt = find_vtt(p);
	if (vtt)
		ret = add_chapters(p, e, vtt);
	else
		e->description = xstrdup("");
	free(vtt);
	return ret;
}

static void remove_files(const struct podcast_config *pc,
			 const struct episodes *old)
{
	for (size_t i = 0; i < old->n; i++) {
		const char *names[] = { old->e[i].audio, old->e[i].transcript,
					old->e[i].chapters };

		for (size_t k = 0; k < 3; k++) {
			char *path = names[k] ? in_folder(pc, names[k]) : NULL;

			if (path && unlink(path) && errno != ENOENT)
				fprintf(stderr, "crier: %s: %s\n", path,
					strerror(errno));
			free(path);
		}
	}
}

/* The list with the new feed's fingerprint first, then the feed. */
static int write_list_and_feed(struct publish *p)
{
	struct crier_strbuf feed = CRIER_STRBUF_INIT;
	char *state = in_folder(p->pc, STATE_FILE);
	char *path = in_folder(p->pc, FEED_FILE);
	int ret = feed_xml_render(&feed, p->pc, &p->eps);

	if (!ret) {
		episodes_feed_written(&p->eps,
				      episodes_fingerprint(feed.buf, feed.len));
		ret = episodes_save(&p->eps, state);
	}
	if (!ret)
		ret = replace_file(path, feed.buf, feed.len);
	crier_strbuf_release(&feed);
	free(state);
	free(path);
	return ret;
}

int publish_episode(struct publish *p)
{
	struct episodes old = { 0 };
	struct episode e;
	int ret;

	if (make_episode(p, &e)) {
		episode_release(&e);
		return -1;
	}
	episodes_add(&p->eps, &e);
	episodes_prune(&p->eps, (size_t)p->pc->keep, &old);
	ret = write_list_and_feed(p);
	if (!ret)
		remove_files(p->pc, &old);
	episodes_release(&old);
	return ret;
}

void publish_discard(struct publish *p)
{
	char *vtt = find_vtt(p);

	if (vtt)
		unlink(vtt);
	unlink(p->audio);
	free(vtt);
}

void publish_release(struct publish *p)
{
	episodes_release(&p->eps);
	free(p->id);
	free(p->audio);
	if (p->lock_fd >= 0)
		close(p->lock_fd);
	p->lock_fd = -1;
}
