/*
 * stray.h - the process the hostile test plugins leave behind: started
 * by start_stray(), which returns only once the process has written its
 * id, so that a test finds the pidfile whatever the machine's load (the
 * plugin's timeout may end the plugin at once after it returns).
 */
#ifndef CRIER_TEST_STRAY_H
#define CRIER_TEST_STRAY_H

#include <stdio.h>
#include <unistd.h>

/*
 * Forks a process that leaves the process group for a session of its own
 * when own_session is set, appends its id to pidfile (a line), then runs
 * for ever: spinning on the CPU when spin is set, else sleeping.  It
 * keeps every descriptor it inherited.  Returns in the plugin's process
 * once the id is written (or at once when no pipe can be made).
 */
static inline void start_stray(const char *pidfile, int own_session, int spin)
{
	int ready[2];
	int paired = pipe(ready) == 0;
	char c;

	if (fork() == 0) {
		volatile unsigned long n = 0;
		FILE *fp;

		if (own_session)
			setsid();
		fp = fopen(pidfile, "a");
		if (fp) {
			fprintf(fp, "%d\n", (int)getpid());
			fclose(fp);
		}
		if (paired) {
			close(ready[0]);
			close(ready[1]);
		}
		for (;;) {
			if (spin)
				n++;
			else
				pause();
		}
	}
	if (!paired)
		return;
	close(ready[1]);
	while (read(ready[0], &c, 1) > 0)
		;
	close(ready[0]);
}

#endif
