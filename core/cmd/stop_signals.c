/*
 * stop_signals.c - the first signal interrupts speech, a second ends
 * crier (see stop_signals.h).
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "stop_signals.h"
#include "speech/output_file.h"
#include "speech/speech.h"

static void on_signal(int sig)
{
	static const char again[] = "\ncrier: stopping now\n";

	(void)sig;
	if (speech_interrupted()) {
		output_file_remove_all();	/* no half-written file stays */
		if (write(STDERR_FILENO, again, sizeof(again) - 1) < 0)
			_exit(EXIT_INTERRUPTED);
		_exit(EXIT_INTERRUPTED);
	}
	speech_interrupt();
}

void stop_on_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}
