# End-to-end tests through the crier binary.
E2E_TESTS = \
	tests/e2e/cli.sh \
	tests/e2e/config.sh \
	tests/e2e/dry_run.sh \
	tests/e2e/summarize_page.sh \
	tests/e2e/wav_output.sh \
	tests/e2e/complete_output.sh \
	tests/e2e/plugin_kinds.sh \
	tests/e2e/startup_libs.sh \
	tests/e2e/budget_once.sh \
	tests/e2e/speech_keys.sh \
	tests/e2e/pulse_live.sh \
	tests/e2e/loader.sh \
	tests/e2e/isolation.sh \
	tests/e2e/hostile.sh \
	tests/e2e/interrupt.sh \
	tests/e2e/vtt.sh \
	tests/e2e/controls.sh \
	tests/e2e/filters.sh \
	tests/e2e/full_text.sh \
	tests/e2e/nothing_new.sh \
	tests/e2e/typos.sh \
	tests/e2e/repeats.sh \
	tests/e2e/progress.sh
TESTS += $(E2E_TESTS)
EXTRA_DIST += $(E2E_TESTS)

# Per command and feature: the heard-story ledger ("crier history", and
# SIGKILLs at random points), feed lists, extraction, HTTP faults (one
# briefing of feed sources on the test server per fault), "crier say"
# and voices, "crier normalize", "crier feed", MPRIS driven by playerctl
# under dbus-run-session against PulseAudio, "crier podcast" (and kills
# at random points during it).
FEATURE_E2E_TESTS = \
	tests/e2e/ledger.sh tests/e2e/ledger_kill.sh tests/e2e/forget.sh tests/e2e/voices_list.sh \
	tests/e2e/opml.sh \
	tests/e2e/extract.sh \
	tests/e2e/http_faults.sh \
	tests/e2e/say.sh tests/e2e/voices.sh \
	tests/e2e/normalize.sh \
	tests/e2e/feed.sh tests/e2e/discover.sh \
	tests/e2e/mpris.sh \
	tests/e2e/encoded_output.sh \
	tests/e2e/podcast.sh tests/e2e/podcast_kill.sh
TESTS += $(FEATURE_E2E_TESTS)
EXTRA_DIST += $(FEATURE_E2E_TESTS) tests/e2e/podcast_check.py \
	tests/fixtures/opml/nested.opml tests/fixtures/opml/urls \
	tests/fixtures/opml/broken.opml tests/fixtures/opml/commented.conf

# The loopback HTTP server and the feeds it serves.
HTTP_TEST_FILES = \
	tests/http/server.py \
	tests/http/lib.sh \
	tests/http/feeds/news.xml \
	tests/http/feeds/atom.xml \
	tests/http/feeds/latin1.xml \
	tests/http/feeds/page.html
EXTRA_DIST += $(HTTP_TEST_FILES)
