# End-to-end tests through the crier binary.
E2E_TESTS = \
	tests/e2e/cli.sh \
	tests/e2e/config.sh \
	tests/e2e/dry_run.sh \
	tests/e2e/sample_article.sh \
	tests/e2e/summarize_page.sh \
	tests/e2e/wav_output.sh \
	tests/e2e/pulse_live.sh \
	tests/e2e/loader.sh \
	tests/e2e/isolation.sh \
	tests/e2e/vtt.sh \
	tests/e2e/budget.sh \
	tests/e2e/controls.sh \
	tests/e2e/filters.sh \
	tests/e2e/full_text.sh
TESTS += $(E2E_TESTS)
EXTRA_DIST += $(E2E_TESTS)
