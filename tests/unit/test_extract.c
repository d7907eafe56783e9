/*
 * test_extract.c - main-text extraction: the article and nothing else,
 * metadata, charsets, and hostile input (deep, huge, binary, empty).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <crier/extract.h>
#include <crier/plugin.h>
#include "../tap.h"

/* Builds a page around body; head goes inside <head>. */
static void page(struct crier_strbuf *sb, const char *head, const char *body)
{
	crier_strbuf_reset(sb);
	crier_strbuf_addf(sb, "<!DOCTYPE html><html lang=\"en\"><head>%s"
			  "</head><body>%s</body></html>", head, body);
}

static struct crier_page *extract(const struct crier_strbuf *sb)
{
	return crier_extract(sb->buf, sb->len, "http://example.com/a", NULL);
}

static const char *const article_paragraphs[] = {
	"The council voted on Tuesday evening to close the old bridge, which "
	"has carried traffic over the river since 1911, for a repair that is "
	"expected to take two years.",
	"Engineers found cracks in three of the bridge's supports last spring, "
	"and the council had debated since then whether to repair or replace "
	"it, a choice that divided residents on both banks.",
	"Work begins in March",
	"A temporary ferry will run every fifteen minutes during the day, and "
	"buses will be diverted over the motorway bridge, adding about ten "
	"minutes to the journey, the transport office said.",
	"Shops near the bridge, which depend on passing trade, asked for help "
	"with their rents; the council said it would consider the request at "
	"its next meeting, in January.",
	NULL
};

static void news_page(struct crier_strbuf *sb)
{
	struct crier_strbuf body = CRIER_STRBUF_INIT;

	crier_strbuf_adds(&body,
		"<header class=\"site-header\"><a href=\"/\">Riverton Daily</a>"
		"<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">"
		"Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav>"
		"</header><main><article>"
		"<h1>Old bridge to close for two years</h1>"
		"<div class=\"byline\">By Ann Smith, 3 December 2019</div>"
		"<figure><img src=\"b.jpg\"><figcaption>The bridge at dusk. "
		"Photo: J. Doe</figcaption></figure>"
		"<div class=\"article-body\">");
	for (int i = 0; article_paragraphs[i]; i++)
		crier_strbuf_addf(&body, i == 2 ? "<h2>%s</h2>" : "<p>%s</p>",
				  article_paragraphs[i]);
	crier_strbuf_adds(&body,
		"<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> "
		"<a href=\"#\">Tweet</a></div></div>"
		"<div class=\"related-stories\"><h3>Related</h3><ul>"
		"<li><a href=\"/1\">Ferry timetable announced for the winter</a></li>"
		"<li><a href=\"/2\">Council elections: who is standing</a></li>"
		"</ul></div></article></main>"
		"<aside class=\"sidebar\"><p>Most read: ten things to do this "
		"weekend, and why the market is moving, again, to the square.</p>"
		"</aside><div id=\"comments\"><p>Great news, finally, I have been "
		"waiting for this for years, thanks to the council.</p></div>"
		"<footer><p>Copyright 2019 Riverton Daily, all rights reserved, "
		"contact us, privacy, terms.</p></footer>");
	page(sb, "<meta charset=\"utf-8\"><title>Old bridge to close for two "
	     "years | Riverton Daily</title>"
	     "<meta property=\"og:site_name\" content=\"Riverton Daily\">"
	     "<meta name=\"author\" content=\"Ann Smith\">"
	     "<meta property=\"article:published_time\" "
	     "content=\"2019-12-03T18:30:00+01:00\">", body.buf);
	crier_strbuf_release(&body);
}

static void test_article(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, want = CRIER_STRBUF_INIT;
	struct crier_page *p;

	news_page(&sb);
	for (int i = 0; article_paragraphs[i]; i++)
		crier_strbuf_addf(&want, "%s%s", i ? "\n\n" : "",
				  article_paragraphs[i]);
	p = extract(&sb);
	ok(p != NULL, "a news page is extracted");
	if (!p)
		return;
	is_str(crier_page_get(p, CRIER_PAGE_BODY), want.buf,
	       "body: the paragraphs and subheading, in order, nothing else");
	is_str(crier_page_get(p, CRIER_PAGE_TITLE),
	       "Old bridge to close for two years", "title: the headline");
	is_str(crier_page_get(p, CRIER_PAGE_LANGUAGE), "en", "language");
	is_str(crier_page_get(p, CRIER_PAGE_AUTHOR), "Ann Smith", "author");
	is_str(crier_page_get(p, CRIER_PAGE_SITE_NAME), "Riverton Daily",
	       "site name");
	is_str(crier_page_get(p, CRIER_PAGE_URL), "http://example.com/a",
	       "the URL given when there is no canonical link");
	is_int(crier_page_published(p), 1575394200,
	       "published time with its offset");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&want);
}

static void test_title(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	struct crier_page *p;

	page(&sb, "<title>Site Name - A plain title without an h1 here</title>"
	     "<link rel=\"canonical\" href=\"http://example.com/c\">",
	     "<p>Only one paragraph, but it is long enough to be the article, "
	     "with commas, clauses, and a full stop at its end.</p>");
	p = extract(&sb);
	ok(p != NULL, "a page without h1 is extracted");
	if (p) {
		is_str(crier_page_get(p, CRIER_PAGE_TITLE),
		       "A plain title without an h1 here",
		       "the <title>'s longest part when there is no h1");
		is_str(crier_page_get(p, CRIER_PAGE_URL), "http://example.com/c",
		       "the canonical URL");
		ok(strstr(crier_page_get(p, CRIER_PAGE_BODY), "Only one") != NULL,
		   "a one-paragraph page keeps its paragraph");
		is_int(crier_page_published(p), INT64_MIN, "no date: unknown");
	}
	crier_page_free(p);
	crier_strbuf_release(&sb);
}

/* Sentence i of the sectioned story: long enough to be prose. */
static void story_sentence(struct crier_strbuf *sb, int i)
{
	crier_strbuf_addf(sb, "<p>Paragraph %d of the story goes on, with "
			  "commas, clauses and detail, long enough to read as "
			  "prose and not as a caption or a label.</p>", i);
}

static void test_cleanup(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	/* Sections in separate wrappers, a figure and an ad between them. */
	crier_strbuf_adds(&body, "<div class=\"story\"><div class=\"wrap\">"
			  "<section><div class=\"inner\">");
	for (int i = 1; i <= 3; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div></section></div>"
		"<figure><img src=\"x.jpg\"><figcaption>A caption here."
		"</figcaption></figure><div><p>Advertisement</p></div>"
		"<div class=\"wrap\"><section><div class=\"inner\">");
	for (int i = 4; i <= 9; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body,
		"<div class=\"tweet-embed\"><blockquote class=\"twitter-tweet\">"
		"<p>An embedded post that the story quotes, word for word, "
		"as part of its text.</p></blockquote></div>"
		"<p style=\"display: none\">Hidden text that no reader sees, "
		"even though it is long enough to be a paragraph.</p>"
		"<p>Related:</p><p><a href=\"/1\">Another story about bridges "
		"and rivers</a></p><p><a href=\"/2\">A third story about "
		"ferries in winter</a></p>"
		"</div></section></div></div>");
	page(&sb, "<title>Sections</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 9 of"),
	   "an article cut into wrapped sections is found whole");
	ok(strstr(text, "An embedded post") != NULL, "an embedded post is kept");
	ok(!strstr(text, "Advertisement"), "an \"Advertisement\" label is not");
	ok(!strstr(text, "A caption here"), "nor the figure caption");
	ok(!strstr(text, "Hidden text"), "nor hidden text");
	ok(!strstr(text, "Another story") && !strstr(text, "Related"),
	   "nor a list of links with its label");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * Widening to an ancestor takes in more <p> paragraphs of the story, not
 * a caption or a comment block set in other elements beside it.
 */
static void test_widen(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<table><tr><td><div class=\"story\">");
	for (int i = 1; i <= 6; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div></td></tr><tr><td><img src=\"a.jpg\">"
		"<br><font size=\"1\">Fishermen mend their nets on the north "
		"quay, which reopens in May after a winter of repairs, dredging "
		"and new moorings for the fleet, at a cost of two million."
		"</font></td></tr><tr><td><div>Readers write: the quay was "
		"never the problem, the harbour board was, and everyone in the "
		"town has known it for years, whatever the paper says now."
		"</div></td></tr></table>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 6 of"),
	   "the story in one table cell is found");
	ok(!strstr(text, "Fishermen mend") && !strstr(text, "Readers write"),
	   "the caption and the readers' note in other cells are not");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * A short story (under 500 characters) makes the extractor try again
 * with fewer rules; what the later attempts find replaces it only when
 * it is more prose, not a longer list of other stories' headlines.
 */
static void test_short_story(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<table><tr><td><div class=\"article\"><p>The "
		"mayor resigned on Friday, citing ill health, after ten years "
		"in office, the council said.</p><p>An election will be held "
		"in March, and two councillors have said they will stand.</p>"
		"<p>The deputy mayor takes over until then.</p></div></td></tr>"
		"<tr><td><h2>Don't miss</h2>");
	for (int i = 0; i < 10; i++)
		crier_strbuf_addf(&body, "<p><a href=\"/x%d\">Singer number %d "
				  "says farewell to the old theatre</a><br>Our "
				  "critic meets the cast of the winter show, "
				  "number %d</p>", i, i, i);
	crier_strbuf_adds(&body, "</td></tr></table>");
	page(&sb, "<title>Mayor</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "The mayor resigned") &&
	   strstr(text, "takes over until then."),
	   "a short story is kept");
	ok(!strstr(text, "Our critic"),
	   "not traded for a longer list of other stories");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/* Runs of teasers (image, linked headline, blurb) are left out. */
static void test_teasers(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<article><h1>Quay</h1><div class=\"text\">");
	for (int i = 1; i <= 3; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "<div class=\"grid\">");
	for (int i = 0; i < 5; i++)
		crier_strbuf_addf(&body, "<div class=\"card\"><a href=\"/s%d\">"
			"<img src=\"t%d.jpg\"></a><h3><a href=\"/s%d\">Another "
			"story, number %d, about the council's plans</a></h3>"
			"<p>The council met again, on Tuesday, and this blurb "
			"says, in brief, what it decided.</p></div>", i, i, i, i);
	crier_strbuf_adds(&body, "</div></div></article>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 3 of"),
	   "the story before a grid of teasers is kept");
	ok(!strstr(text, "this blurb") && !strstr(text, "Another story"),
	   "the teasers are not");
	crier_page_free(p);

	/* A roundup: items whose linked first sentences are the story. */
	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<article><p>Good morning! Here is the news."
			  "</p><ol>");
	for (int i = 0; i < 5; i++)
		crier_strbuf_addf(&body, "<li><strong><a href=\"/r%d\">The "
			"harbour board, in item %d, raised its fees</a>."
			"</strong> Fishermen said, again, that the rise would "
			"cost them a season of crab.<img src=\"r%d.jpg\"></li>",
			i, i, i);
	crier_strbuf_adds(&body, "</ol></article>");
	page(&sb, "<title>Roundup</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "in item 0, raised") && strstr(text, "in item 4, raised"),
	   "a roundup whose links are sentences is not a run of teasers");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * Readers' comments in a block named for them end the story, even when
 * the story is short enough for the looser attempts to take them in.
 */
static void test_comments(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<div class=\"main\"><article><h1>Quay</h1>"
			  "<div class=\"entry\">");
	for (int i = 1; i <= 2; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div></article><div id=\"comments\">");
	for (int i = 0; i < 5; i++)
		crier_strbuf_addf(&body, "<div class=\"note\"><b>Reader %d</b> "
			"wrote:<p>I have lived by the river for forty years, "
			"and I think, for once, the council chose well, even "
			"if the ferry, number %d, will be slow.</p></div>",
			i, i);
	crier_strbuf_adds(&body, "</div></div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 2 of"),
	   "a short story above readers' comments is kept");
	ok(!strstr(text, "forty years"), "the comments are not");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * Each comment named for itself ("comment", "comment-12"), not signed,
 * under a story short enough for the looser attempts, which keep what
 * the class names call unlikely: they end the story in every attempt.
 * A name that also says article or content is not a comment.
 */
static void test_comment_items(void)
{
	static const char *const attrs[] = {
		"class=\"comment\"", "id=\"comment-%d\"", "class=\"kommentar\"",
		NULL
	};
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	for (int a = 0; attrs[a]; a++) {
		crier_strbuf_reset(&body);
		crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Quay</h1>"
				  "<div class=\"text\">");
		for (int i = 1; i <= 2; i++)
			story_sentence(&body, i);
		crier_strbuf_adds(&body, "</div><div class=\"box\">");
		for (int i = 0; i < 6; i++) {
			crier_strbuf_adds(&body, "<div ");
			crier_strbuf_addf(&body, attrs[a], i);
			crier_strbuf_addf(&body, "><b>Reader %d</b><p>I have "
				"lived by the river for forty years, and I "
				"think, for once, the council chose well, even "
				"if the ferry, number %d, will be slow.</p>"
				"</div>", i, i);
		}
		crier_strbuf_adds(&body, "</div></div>");
		page(&sb, "<title>Quay</title>", body.buf);
		p = extract(&sb);
		text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
		ok(strstr(text, "Paragraph 2 of") && !strstr(text, "forty"),
		   "the story is kept, the comments (%s) are not", attrs[a]);
		crier_page_free(p);
	}

	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Quay</h1>"
			  "<div class=\"intro\">");
	story_sentence(&body, 1);
	crier_strbuf_adds(&body, "</div><div class=\"comment-article\">");
	for (int i = 2; i <= 5; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div></div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 5 of"),
	   "a block named comment and article is text");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * A card that the page shows on hover inside a sentence (a photo and
 * links to a person's latest stories) is not part of the sentence, and
 * does not make the sentence a list of links.
 */
static void test_cards(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<div class=\"text\"><p>The leader of the "
		"council, <span class=\"who\"><a href=\"/people/ann\">Ann Reed"
		"</a><span class=\"pop\"><img src=\"ann.jpg\"><a href=\"/1\">Ann "
		"Reed on the ferry, the bridge and the buses this winter</a> "
		"<a href=\"/2\">Council elections: who is standing this year, "
		"and where</a> <a href=\"/3\">Budget cuts hit the libraries "
		"and the swimming pool</a></span></span>, said on Tuesday that "
		"the work would start in March.</p>");
	for (int i = 1; i <= 3; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "The leader of the council, Ann Reed, said on Tuesday") &&
	   !strstr(text, "swimming"),
	   "a sentence is kept without the card inside it");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/* Appends n remarks in neutral markup, stamped sign, with a reply link. */
static void remarks(struct crier_strbuf *sb, int n, const char *sign,
		    int reply)
{
	for (int i = 0; i < n; i++)
		crier_strbuf_addf(sb, "<div class=\"item\"><div class=\"who\">"
			"<a href=\"/u/%d\">Reader %d</a> <span>%s</span></div>"
			"<div class=\"said\">I have lived by the river for forty "
			"years, and I think, for once, the council chose well, "
			"even if the ferry, number %d, will be slow and crowded "
			"in the mornings, as it always is in winter.</div>"
			"%s</div>", i, i, sign, i,
			reply ? "<a href=\"#r\">Reply</a>" : "");
}

/*
 * Readers' remarks whose class names say nothing are known by their
 * shape: a run of blocks from one template, each signed (a date, a
 * "Reply" link), mostly text that is not a link.  They end the story
 * when they follow it, and do not outscore it when they hold more prose;
 * entries stamped with a time of day only (a live report) are the story,
 * and so are the remarks when there is nothing else (letters).
 */
static void test_remarks(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Quay</h1>"
			  "<div class=\"text\">");
	for (int i = 1; i <= 3; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div><h3>Your views</h3><div class=\"list\">");
	remarks(&body, 6, "Jan 9, 2008 5:58 PM", 0);
	crier_strbuf_adds(&body, "</div></div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 3 of"),
	   "a story above a run of remarks is kept");
	ok(!strstr(text, "forty years") && !strstr(text, "Your views"),
	   "remarks in the story's block are not, nor their heading");
	crier_page_free(p);

	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Quay</h1>"
			  "<div class=\"text\">");
	for (int i = 1; i <= 3; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div><div class=\"list\">");
	remarks(&body, 4, "3 hours ago", 0);
	crier_strbuf_adds(&body, "</div></div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 3 of") && !strstr(text, "forty years"),
	   "remarks signed with the time since (3 hours ago) are not text");
	crier_page_free(p);

	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Quay</h1>"
			  "<div class=\"text\">");
	for (int i = 1; i <= 3; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "</div></div><div class=\"list\">");
	remarks(&body, 8, "Ann", 1);
	crier_strbuf_adds(&body, "</div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && !strstr(text, "forty years"),
	   "more prose in remarks (with reply links) beside the story does "
	   "not outscore it");
	crier_page_free(p);

	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Quay</h1>"
			  "<div class=\"text\">");
	story_sentence(&body, 1);
	remarks(&body, 4, "10:45am", 0);
	crier_strbuf_adds(&body, "</div></div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "number 0,") && strstr(text, "number 3,"),
	   "entries stamped with a time of day only are kept");
	crier_page_free(p);

	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Quay</h1>"
			  "<div class=\"text\">");
	for (int i = 1; i <= 2; i++)
		story_sentence(&body, i);
	for (int i = 1; i <= 3; i++)
		crier_strbuf_addf(&body, "<p><strong>%d March 2007</strong> "
			"The council, after a long debate, voted on step %d "
			"of the plan for the quay.</p>", i, i);
	story_sentence(&body, 3);
	crier_strbuf_adds(&body, "</div></div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "step 1 of") && strstr(text, "Paragraph 3 of"),
	   "a timeline of dated paragraphs in the story is the story");
	crier_page_free(p);

	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<div class=\"wrap\"><h1>Letters</h1>"
			  "<div class=\"letters\">");
	remarks(&body, 4, "9 January 2008", 0);
	crier_strbuf_adds(&body, "</div></div>");
	page(&sb, "<title>Letters</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "number 0,") && strstr(text, "number 3,"),
	   "a page of dated letters and nothing else gives the letters");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * Markup that libxml2 leaves outside <body> goes where a browser puts
 * it: an unknown element in <head> starts the body, and so do the
 * elements of a second document or a second root element.
 */
static void test_outside_body(void)
{
	static const char *const pages[] = {
		"<!DOCTYPE html><html><head><title>Quay</title><meta "
		"charset=\"utf-8\"><toolbox><div><a href=\"/\">Home</a></div>"
		"<div>%s</div></toolbox></head><body></body></html>",
		"<!DOCTYPE html><html lang=\"en\" /><div><a href=\"/\">Home</a>"
		"</div><div>%s</div></html>",
		"<html><head><title>Bar</title></head><body><div><a href=\"/\">"
		"Home</a> <a href=\"/n\">News</a></div></body><html><head>"
		"<title>Quay</title></head><body><div>%s</div></body></html>"
		"</html>",
	};
	static const char *const names[] = {
		"an unknown element in <head>", "a self-closed root element",
		"a second document after the first one's <body>",
	};
	struct crier_strbuf sb = CRIER_STRBUF_INIT, story = CRIER_STRBUF_INIT;

	for (int i = 1; i <= 3; i++)
		story_sentence(&story, i);
	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		struct crier_page *p;
		const char *text;

		crier_strbuf_reset(&sb);
		crier_strbuf_addf(&sb, pages[i], story.buf);
		p = extract(&sb);
		text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
		ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 3 of")
		   && !strstr(text, "Home"), "the story after %s", names[i]);
		crier_page_free(p);
	}
	crier_strbuf_release(&sb);
	crier_strbuf_release(&story);
}

/*
 * A choice whose cleanup leaves no prose (a block of readers' remarks
 * under a class the strict attempts clean away) gives way to the next
 * candidate, the story, rather than to a looser attempt's remarks.
 */
static void test_second_choice(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	page(&sb, "<title>Quay</title>",
	     "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/n\">News</a>"
	     "</td></tr><tr><td><b>The north quay reopens in May after a "
	     "winter of repairs and dredging.</b><br><br>Boats have used the "
	     "south quay since October, which the fishermen say added an hour "
	     "to every trip.<br><br>The work came in under budget and the "
	     "crane, bought second hand, has already paid for itself.<br><br>"
	     "A ceremony is planned for the first Saturday in May, with a band "
	     "and stalls on the quay.<br><br>The harbour board will meet next "
	     "week to set the fees for the coming season.</td></tr>"
	     "<tr><td><div class=\"scroll-box\">I have fished here, man and "
	     "boy, for forty years, and never, not once, seen the quay so "
	     "busy, so clean, so well run.<br><br>Well, the harbour board, for "
	     "once, got it right, though the fees, the parking, and the cafe, "
	     "are still a scandal.<br><br>Yes, yes, and the ferry, the buses, "
	     "the bridge, the lot, all late, all dear, all the same.</div>"
	     "</td></tr></table>");
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "The north quay reopens") &&
	   strstr(text, "fees for the coming season."),
	   "the story, when the best-scoring block cleans away to nothing");
	ok(!strstr(text, "forty years"), "not the remarks that outscored it");
	crier_page_free(p);
	crier_strbuf_release(&sb);
}

/* Table layout of old news sites: the story in <font>, lines split by <br>. */
static void test_old_markup(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	page(&sb, "<title>Harbour</title>",
	     "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/w\">World"
	     "</a> | <a href=\"/s\">Sport</a></td></tr><tr><td>"
	     "<p>Short note on the weather, for the weekend, in the hills, "
	     "and the coast.</p></td></tr><tr><td><div><font size=\"2\">"
	     "The harbour master said on Friday that the north quay would "
	     "reopen in May, after a winter of repairs, dredging, and new "
	     "moorings for the fishing fleet.<br><br>Boats have used the "
	     "south quay since October, which, the fishermen say, added an "
	     "hour to every trip, and cost them a season of crab.<br><br>"
	     "The work came in under budget, the harbour board said, and "
	     "the crane, bought second hand, has already paid for itself."
	     "<p>A ceremony is planned for the first Saturday in May, with "
	     "a band, a blessing of the boats, and stalls on the quay.</p>"
	     "</font></div></td></tr></table>");
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "The harbour master said") &&
	   strstr(text, "paid for itself") && strstr(text, "A ceremony"),
	   "lines split by <br> inside <font> are the story");
	ok(!strstr(text, "Short note") && !strstr(text, "Sport"),
	   "and the other table cells are not");
	crier_page_free(p);

	/* A <title> never closed: libxml2 puts the page inside it. */
	crier_strbuf_reset(&sb);
	crier_strbuf_adds(&sb, "<html><head><title>Open title"
		"<div><p>The library will stay open until ten at night, all "
		"through the exam season, the university said, and longer, "
		"if students ask for it.</p><p>Reading rooms on the top "
		"floor, closed for years, reopen as quiet rooms, with new "
		"lamps, desks, and chairs.</p></div></html>");
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "The library will stay open") &&
	   strstr(text, "Reading rooms"),
	   "a page swallowed by an open <title> is still found");
	crier_page_free(p);
	crier_strbuf_release(&sb);
}

/* Time stamps, copyright lines and readers' comments inside the story. */
static void test_furniture_lines(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<div><p>Last updated: 9:41am GMT Jan 9, "
			  "2008</p><p>Jan 9, 2008 5:58 PM (2 days ago) by Staff, "
			  "Riverton Daily</p><p class=\"standfirst\">The quay reopens in "
			  "May, a year late, and the fleet comes home.</p>");
	for (int i = 1; i <= 4; i++) {
		story_sentence(&body, i);
		if (i == 2)
			crier_strbuf_adds(&body, "<p>Scores: 215, 198 and 12</p>"
					  "<!PARA3!><p>The fleet <!PARA4!>comes "
					  "home in May, a year late.</p>");
	}
	crier_strbuf_adds(&body, "<p>(c) 2008 Riverton Daily. All rights reserved.</p>"
		"<p>This text is subject to copyright. Apart from fair use, "
		"no part may be reproduced without our written leave.</p>"
		"<h3>Comments (2)</h3><p>I disagree with every word of this, "
		"and I have lived here, near the river, for forty years.</p>"
		"<p>Posted by Ann on Jan 9, 2008 5:58 PM</p><p>Well said, and "
		"about time too, the council should listen, for once.</p></div>");
	page(&sb, "<title>Stamps</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 1 of") && strstr(text, "Paragraph 4 of"),
	   "the story is kept");
	ok(!strstr(text, "Last updated"), "a time stamp is not");
	ok(!strstr(text, "days ago"), "nor one that counts the days since");
	ok(strstr(text, "The quay reopens") != NULL,
	   "the summary under the headline is part of the story");
	ok(strstr(text, "Scores: 215") != NULL, "a line of figures is");
	ok(strstr(text, "The fleet comes home") && !strstr(text, "PARA"),
	   "bogus comments (<!PARA4!>) are comments, as in a browser");
	ok(!strstr(text, "rights reserved"), "a copyright line is not");
	ok(!strstr(text, "subject to copyright"),
	   "nor one that says no part may be reproduced");
	ok(!strstr(text, "I disagree") && !strstr(text, "Well said") &&
	   !strstr(text, "Comments"),
	   "the readers' comments after a \"Comments\" heading are not");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * More headings open the readers' comments: "Your views", "Leave a
 * Reply", and the count of them WordPress gives ("2 thoughts on
 * “Title”"), even when the comments are unsigned.
 */
static void test_comment_heads(void)
{
	static const char *const heads[] = {
		"2 thoughts on \xe2\x80\x9cQuay\xe2\x80\x9d",
		"One response to \"The quay reopens, a year late\"",
		"Your views", "Leave a Reply", NULL
	};
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;

	for (int h = 0; heads[h]; h++) {
		struct crier_page *p;
		const char *text;

		crier_strbuf_reset(&body);
		crier_strbuf_adds(&body, "<div>");
		for (int i = 1; i <= 4; i++)
			story_sentence(&body, i);
		crier_strbuf_addf(&body, "<h3>%s</h3><div><b>Ann Reed, Hull"
			"</b><p>I disagree with every word of this, and I have "
			"lived here, near the river, for forty years.</p></div>"
			"</div>", heads[h]);
		page(&sb, "<title>Quay</title>", body.buf);
		p = extract(&sb);
		text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
		ok(strstr(text, "Paragraph 4 of") && !strstr(text, "forty") &&
		   !strstr(text, "Ann Reed"),
		   "the story is kept, the comments after \"%s\" are not",
		   heads[h]);
		crier_page_free(p);
	}
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

/*
 * A label that announces other stories after the story ends it when no
 * more of the story follows (headlines that are not links, a blurb cut
 * short); when the story goes on after it, it was a box in the story.
 */
static void test_other_stories(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, body = CRIER_STRBUF_INIT;
	struct crier_page *p;
	const char *text;

	crier_strbuf_adds(&body, "<div>");
	for (int i = 1; i <= 4; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "<h3>Also in World News</h3><ul>"
		"<li>Ferry timetable announced for the winter</li>"
		"<li>Council elections: who is standing</li></ul>"
		"<h3>Most read</h3><p>The market moves, again, to the square "
		"by the old church, and traders are not happy about it...</p>"
		"</div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 4 of") && !strstr(text, "Also in") &&
	   !strstr(text, "Ferry") && !strstr(text, "market moves"),
	   "the story is kept, the other stories after \"Also in\" are not");
	crier_page_free(p);

	crier_strbuf_reset(&body);
	crier_strbuf_adds(&body, "<div>");
	for (int i = 1; i <= 4; i++)
		story_sentence(&body, i);
	crier_strbuf_adds(&body, "<h3>Related stories</h3><ul>"
		"<li><a href=\"/1\">Ferry timetable announced</a></li>"
		"<li><a href=\"/2\">Council elections</a></li></ul>");
	story_sentence(&body, 5);
	crier_strbuf_adds(&body, "</div>");
	page(&sb, "<title>Quay</title>", body.buf);
	p = extract(&sb);
	text = p ? crier_page_get(p, CRIER_PAGE_BODY) : "";
	ok(strstr(text, "Paragraph 5 of") && !strstr(text, "Ferry"),
	   "a box of related stories inside the story leaves the rest of it");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&body);
}

static void test_json_ld(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT, ld = CRIER_STRBUF_INIT;
	struct crier_page *p;

	/* A page whose text a script puts in place: only JSON-LD has it. */
	crier_strbuf_adds(&ld, "<script type=\"application/ld+json\">"
			  "{\"@type\": \"NewsArticle\", \"articleBody\": \"");
	for (int i = 0; i < 8; i++)
		crier_strbuf_adds(&ld, "The caf\\u00e9 \\\"Sol\\\" opened again, "
				  "and the queue reached the corner.\\n");
	crier_strbuf_adds(&ld, "\"}</script>");
	page(&sb, ld.buf, "<div id=\"app\"><a href=\"/\">Home</a></div>");
	p = extract(&sb);
	ok(p && !strncmp(crier_page_get(p, CRIER_PAGE_BODY),
			 "The caf\xc3\xa9 \"Sol\" opened again, and the queue "
			 "reached the corner. The caf", 60),
	   "no text in the markup: the JSON-LD articleBody, unescaped");
	crier_page_free(p);

	/* Markup with a short story; JSON-LD with a long one. */
	crier_strbuf_reset(&ld);
	crier_strbuf_adds(&ld, "<script type=\"application/ld+json\">"
			  "{\"articleBody\": \"");
	for (int i = 0; i < 12; i++)
		crier_strbuf_adds(&ld, "Storms closed the mountain pass for "
				  "a week, and the village ran short of bread. ");
	crier_strbuf_adds(&ld, "\"}</script>");
	page(&sb, ld.buf, "<article><p>The new footbridge over the canal "
	     "opened on Monday, with a ribbon, a brass band, and the mayor, "
	     "who walked across first.</p><p>It took two years to build, and "
	     "cost less than the council had feared, its engineer said, "
	     "smiling, to the crowd.</p></article>");
	p = extract(&sb);
	ok(p && strstr(crier_page_get(p, CRIER_PAGE_BODY), "footbridge") &&
	   !strstr(crier_page_get(p, CRIER_PAGE_BODY), "Storms"),
	   "a JSON-LD articleBody that tells another story is not used");
	crier_page_free(p);

	/* The same story, longer in JSON-LD: the markup shows a teaser. */
	crier_strbuf_reset(&ld);
	crier_strbuf_adds(&ld, "<script type=\"application/ld+json\">"
			  "{\"articleBody\": \"");
	for (int i = 0; i < 12; i++)
		crier_strbuf_adds(&ld, "The new footbridge over the canal opened "
				  "on Monday, with a ribbon, and a band. ");
	crier_strbuf_adds(&ld, "\"}</script>");
	page(&sb, ld.buf, "<article><p>The new footbridge over the canal "
	     "opened on Monday, with a ribbon, and a band, and then the "
	     "subscribers' part begins, with more of the story.</p>"
	     "</article>");
	p = extract(&sb);
	ok(p && strlen(crier_page_get(p, CRIER_PAGE_BODY)) > 500,
	   "a JSON-LD articleBody that goes on with the page's story is used");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	crier_strbuf_release(&ld);
}

/* The body of html[0..len) decoded with http_charset; "" on failure. */
static void check_body(const char *html, size_t len, const char *http,
		       const char *want, const char *name)
{
	struct crier_page *p = crier_extract(html, len, NULL, http);

	is_str(p ? crier_page_get(p, CRIER_PAGE_BODY) : "(failed)", want, "%s",
	       name);
	crier_page_free(p);
}

#define CAFE_PARA "Le caf\xc3\xa9 est ouvert, d\xc3\xa9j\xc3\xa0, depuis " \
	"huit heures du matin, pr\xc3\xa8s de la gare."

static void test_charsets(void)
{
	const char *latin = "<html><head><meta charset=\"iso-8859-1\"></head>"
		"<body><p>Le caf\xe9 est ouvert, d\xe9j\xe0, depuis huit heures "
		"du matin, pr\xe8s de la gare.</p></body></html>";
	const char *undeclared_latin = "<html><body><p>Le caf\xe9 est ouvert, "
		"d\xe9j\xe0, depuis huit heures du matin, pr\xe8s de la gare."
		"</p></body></html>";
	const char *utf8 = "<html><body><p>" CAFE_PARA "</p></body></html>";
	const char *mislabeled = "<html><head><meta http-equiv=\"Content-Type\" "
		"content=\"text/html; charset=windows-1252\"></head><body><p>"
		CAFE_PARA "</p></body></html>";
	const char *bom8 = "\xef\xbb\xbf<html><body><p>" CAFE_PARA
		"</p></body></html>";
	struct crier_strbuf u16 = CRIER_STRBUF_INIT;

	check_body(latin, strlen(latin), NULL, CAFE_PARA, "<meta charset> latin-1");
	check_body(latin, strlen(latin), "utf-8", CAFE_PARA,
		   "HTTP says utf-8, the bytes are Latin-1: the <meta> charset wins");
	check_body(undeclared_latin, strlen(undeclared_latin), NULL, CAFE_PARA,
		   "undeclared, not UTF-8: windows-1252");
	check_body(undeclared_latin, strlen(undeclared_latin), "ISO-8859-1",
		   CAFE_PARA, "charset from the HTTP header");
	check_body(utf8, strlen(utf8), NULL, CAFE_PARA,
		   "undeclared UTF-8 is not read as Latin-1");
	check_body(mislabeled, strlen(mislabeled), NULL, CAFE_PARA,
		   "valid UTF-8 labelled windows-1252 stays UTF-8");
	check_body(bom8, strlen(bom8), NULL, CAFE_PARA, "UTF-8 byte order mark");
	/* A stray NUL deep in an ASCII page (past the first 8 KiB). */
	crier_strbuf_adds(&u16, "<html><head><meta charset=\"utf-8\"></head>"
			  "<body><div>");
	while (u16.len < 9000)
		crier_strbuf_adds(&u16, "<a href=\"/x\">menu</a> ");
	crier_strbuf_adds(&u16, "</div><p>Before the byte, the quay is quiet, "
			  "and the boats, many of them, wait for the tide.</p>");
	crier_strbuf_add(&u16, "\0", 1);
	crier_strbuf_adds(&u16, "<p>After it, the story goes on, with commas, and ends "
			  "here, at the harbour wall.</p></body></html>");
	check_body(u16.buf, u16.len, NULL, "Before the byte, the quay is quiet, "
		   "and the boats, many of them, wait for the tide.\n\nAfter "
		   "it, the story goes on, with commas, and ends here, at the "
		   "harbour wall.", "a NUL byte does not end the page");
	crier_strbuf_reset(&u16);
	/* UTF-16LE with a byte order mark, built from the ASCII-only page. */
	crier_strbuf_add(&u16, "\xff\xfe", 2);
	for (const char *s = "<html><body><p>Plain words, plain commas, and "
	     "nothing but plain ASCII text in a paragraph.</p></body></html>";
	     *s; s++) {
		crier_strbuf_addch(&u16, *s);
		crier_strbuf_addch(&u16, 0);
	}
	check_body(u16.buf, u16.len, NULL, "Plain words, plain commas, and "
		   "nothing but plain ASCII text in a paragraph.",
		   "UTF-16LE byte order mark");
	crier_strbuf_release(&u16);
}

static long max_rss_mb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss / 1024;
}

static void test_hostile(void)
{
	struct crier_strbuf sb = CRIER_STRBUF_INIT;
	struct crier_page *p;
	uint32_t x = 12345;

	p = crier_extract("", 0, NULL, NULL);
	ok(p == NULL && *crier_last_error(), "empty input: an error");
	crier_page_free(p);

	for (int i = 0; i < 100000; i++)
		crier_strbuf_adds(&sb, "<div>");
	crier_strbuf_adds(&sb, "<p>At the bottom of a very deep page, a "
			  "paragraph, with commas, waits to be found.</p>");
	p = crier_extract(sb.buf, sb.len, NULL, NULL);
	/* A stack overflow would kill the test program here. */
	ok(p != NULL, "100,000 nested elements: no crash");
	ok(p && strlen(crier_page_get(p, CRIER_PAGE_BODY)) < 1000,
	   "and a bounded result");
	crier_page_free(p);

	crier_strbuf_reset(&sb);
	for (int i = 0; i < 1 << 16; i++) {
		x = x * 1103515245 + 12345;
		crier_strbuf_addch(&sb, (int)(x >> 16) & 0xff);
	}
	p = crier_extract(sb.buf, sb.len, NULL, NULL);
	ok(p == NULL || strlen(crier_page_get(p, CRIER_PAGE_BODY)) == 0,
	   "binary garbage: an error or an empty body");
	crier_page_free(p);

	crier_strbuf_reset(&sb);
	crier_strbuf_adds(&sb, "<html><body>");
	while (sb.len < 50u * 1024 * 1024)
		crier_strbuf_adds(&sb, "<p>A paragraph that repeats, again and "
				  "again, until the page is enormous.</p>");
	p = crier_extract(sb.buf, sb.len, NULL, NULL);
	ok(p == NULL && strstr(crier_last_error(), "too large"),
	   "a 50 MB page: refused as too large");
	crier_page_free(p);
	crier_strbuf_release(&sb);
	ok(max_rss_mb() < 1024, "memory stayed bounded (%ld MB)", max_rss_mb());
}

int main(void)
{
	test_article();
	test_title();
	test_json_ld();
	test_cleanup();
	test_widen();
	test_short_story();
	test_teasers();
	test_comments();
	test_cards();
	test_comment_items();
	test_remarks();
	test_old_markup();
	test_outside_body();
	test_second_choice();
	test_furniture_lines();
	test_comment_heads();
	test_other_stories();
	test_charsets();
	test_hostile();
	return done_testing();
}
