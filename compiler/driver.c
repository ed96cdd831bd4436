/*
 * driver.c — the minigo command.
 *
 *   minigo run [-strict] FILE.go... [-- args]   compile (cached) and run
 *   minigo build [-strict] [-o OUT] FILE.go...  compile to an executable
 *   minigo translate [-strict] FILE.go...       print the generated C
 *   minigo translate -lib PKGPATH               C for a standard-library package
 *   minigo parse [-dump] FILE...                parse only (syntax check, AST)
 *   minigo version | help
 *
 * Where things are: the runtime library, its header and the standard
 * library's Go sources live in ROOT/lib/minigo, ROOT being the folder above
 * the one holding this executable (bin/minigo in the source tree, or
 * PREFIX/bin/minigo once installed); MINIGO_ROOT overrides ROOT/lib/minigo.
 *
 * Builds are cached like go run's: the key hashes the compiler's version,
 * the library's identity, the flags and every source file, and the
 * executable lives in $XDG_CACHE_HOME/minigo (or ~/.cache/minigo).  Nothing
 * is written next to the user's source.  Diagnostics that do not stop the
 * build (warnings) are stored with the executable and replayed on a cached
 * run, so that a user sees them every time.
 *
 * The cache is trimmed as Go trims its own: using an entry refreshes its
 * mtime (at most once an hour), and at most once a day (the stamp file
 * `trimmed`) a build removes the entries unused for 5 days.  The test
 * suite builds every program again after each change of the library, so
 * it uses a cache of its own that it empties (tests/run_all.sh).
 */
#include "minigo.h"
#include "ast.h"
#include "check.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <dirent.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>


static void usage(FILE *out)
{
	fputs("minigo — Go to C, with goroutines you can read.\n"
	      "\n"
	      "usage:\n"
	      "  minigo run [-strict] FILE.go... [-- ARGS...]   build (cached) and run a program\n"
	      "  minigo run -                                  read the program from standard input\n"
	      "  minigo build [-strict] [-o OUT] FILE.go...    build an executable\n"
	      "  minigo translate [-strict] FILE.go...         print the C minigo generates\n"
	      "  minigo parse [-dump] FILE.go...               check syntax; -dump prints the tree\n"
	      "  minigo version                                print the version\n"
	      "  minigo help                                   this text\n"
	      "\n"
	      "-strict makes unused imports and variables errors, as go does.\n"
	      "Environment: CC (C compiler, default cc), MINIGO_CFLAGS (more C flags, e.g.\n"
	      "-fsanitize=undefined), MINIGO_CACHE (build cache),\n"
	      "MINIGO_ROOT (library folder), MINIGO_EXEC (a command that runs the\n"
	      "program, e.g. qemu-aarch64 -L /usr/aarch64-linux-gnu), GOMAXPROCS (at run time).\n",
	      out);
}

static void find_libdir(void)
{
	const char *env = getenv("MINIGO_ROOT");
	if (env && *env) {
		minigo_libdir = env;
		return;
	}
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0) {
		minigo_libdir = "/usr/local/lib/minigo";
		return;
	}
	exe[n] = 0;
	char *slash = strrchr(exe, '/');
	if (slash)
		*slash = 0; /* .../bin */
	slash = strrchr(exe, '/');
	if (slash)
		*slash = 0; /* ... */
	minigo_libdir = xprintf("%s/lib/minigo", exe);
}

/* ---- front end ---- */

static int add_source(const char *path)
{
	size_t len;
	char *src = read_file(path, &len);
	if (!src) {
		fprintf(stderr, "minigo: cannot read %s: %s\n", path, strerror(errno));
		exit(1);
	}
	return diag_add_file(strcmp(path, "-") == 0 ? "<stdin>" : path, src, len);
}

static int cmd_parse(int argc, char **argv)
{
	bool dump = false;
	int nfiles = 0;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-dump") == 0) {
			dump = true;
			continue;
		}
		int f = add_source(argv[i]);
		Node *file = ps_parse_file(f);
		if (dump && diag_errors == 0)
			ast_dump(stdout, file);
		nfiles++;
		/* one file at a time: its tree and text are not needed any more */
		free((void *)diag_file(f)->src);
		diag_reset();
		arena_reset();
	}
	if (nfiles == 0) {
		fputs("minigo parse: no files\n", stderr);
		return 2;
	}
	return diag_errors ? 1 : 0;
}

typedef struct Options {
	bool strict;
	const char *out;
	Vec files; /* of char* */
	int argc;  /* program arguments (after --) */
	char **argv;
} Options;

static void parse_options(int argc, char **argv, Options *o, bool allow_out)
{
	int i = 0;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strcmp(a, "-strict") == 0 || strcmp(a, "--strict") == 0) {
			o->strict = true;
		} else if (allow_out && strcmp(a, "-o") == 0 && i + 1 < argc) {
			o->out = argv[++i];
		} else if (a[0] == '-' && a[1] != 0) {
			fprintf(stderr, "minigo: unknown flag %s\n", a);
			exit(2);
		} else if (o->files.n > 0 && !strstr(a, ".go") && strcmp(a, "-") != 0) {
			break; /* first argument of the program (go run prog.go args) */
		} else {
			vec_push(&o->files, (void *)a);
		}
	}
	o->argc = argc - i;
	o->argv = argv + i;
	if (o->files.n == 0) {
		fputs("minigo: no Go files given (try: minigo help)\n", stderr);
		exit(2);
	}
}

/* Parses and checks the user's files; returns the generated C, or exits 1
 * with the diagnostics printed.  Warnings go to *warnings. */
static char *compile_to_c(Options *o, Buf *warnings, bool *nothing_to_run)
{
	Vec asts = {0};
	for (int i = 0; i < o->files.n; i++) {
		int f = add_source(o->files.v[i]);
		vec_push(&asts, ps_parse_file(f));
	}
	if (diag_errors)
		exit(1);
	tc_strict = o->strict;
	tc_warnings = warnings;
	diag_buffered = true;
	Program *prog = tc_check_main(&asts);
	diag_flush();
	diag_buffered = false;
	if (diag_errors || !prog)
		exit(1);
	if (!prog->runnable && nothing_to_run) {
		/* a snippet of declarations only: checked, nothing to run */
		*nothing_to_run = true;
		return NULL;
	}
	Buf c = {0};
	ce_emit_program(prog, &c, false);
	return c.s;
}

/* ---- the build cache ---- */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ull;
	return h;
}

static char *cache_root(void)
{
	const char *env = getenv("MINIGO_CACHE");
	if (env && *env)
		return xstrdup(env);
	const char *xdg = getenv("XDG_CACHE_HOME");
	if (xdg && *xdg)
		return xprintf("%s/minigo", xdg);
	const char *home = getenv("HOME");
	if (home && *home)
		return xprintf("%s/.cache/minigo", home);
	return xprintf("/tmp/minigo-cache-%d", (int)getuid());
}

static void mkdirs(const char *path)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s == '/') {
			*s = 0;
			mkdir(p, 0755);
			*s = '/';
		}
	}
	mkdir(p, 0755);
}

static uint64_t build_key(Options *o)
{
	uint64_t h = 14695981039346656037ull;
	h = fnv(h, MINIGO_VERSION, sizeof MINIGO_VERSION);
	h = fnv(h, o->strict ? "S" : "-", 1);
	/* The library's identity: its size and mtime (rebuilt => new key). */
	struct stat st;
	char *lib = xprintf("%s/libminigo.a", minigo_libdir);
	if (stat(lib, &st) == 0) {
		h = fnv(h, &st.st_size, sizeof st.st_size);
		h = fnv(h, &st.st_mtim, sizeof st.st_mtim);
	}
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0 && stat((exe[n] = 0, exe), &st) == 0) {
		h = fnv(h, &st.st_size, sizeof st.st_size);
		h = fnv(h, &st.st_mtim, sizeof st.st_mtim);
	}
	const char *cc = getenv("CC");
	if (cc)
		h = fnv(h, cc, strlen(cc));
	const char *cflags = getenv("MINIGO_CFLAGS");
	if (cflags)
		h = fnv(h, cflags, strlen(cflags));
	for (int i = 0; i < o->files.n; i++) {
		size_t len;
		const char *name = o->files.v[i];
		char *src = read_file(name, &len);
		if (!src) {
			fprintf(stderr, "minigo: cannot read %s: %s\n", name, strerror(errno));
			exit(1);
		}
		/* Messages name the file as given, so the name is part of the key. */
		h = fnv(h, name, strlen(name) + 1);
		h = fnv(h, src, len);
		h = fnv(h, "\0", 1);
		free(src);
	}
	return h;
}

static bool write_file(const char *path, const char *s, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return false;
	bool ok = fwrite(s, 1, n, f) == n;
	return fclose(f) == 0 && ok;
}

/* Compiles C to an executable; returns true on success.  The C compiler's
 * messages go to LOG: they are ours to read, never the user's. */
static bool cc_build(const char *cfile, const char *out, const char *log)
{
	const char *cc = getenv("CC");
	if (!cc || !*cc)
		cc = "cc";
	char *inc = xprintf("-I%s/include", minigo_libdir);
	char *lib = xprintf("%s/libminigo.a", minigo_libdir);
	/* argv: the compiler, our flags, MINIGO_CFLAGS (e.g. sanitizers), files */
	const char *argv[64];
	int n = 0;
	/* -ffp-contract=off: no fused x*y+z where the target has FMA (aarch64;
	 * x86-64 has none at its baseline): results as Go's on amd64 */
	const char *fixed[] = {"-std=gnu11", "-O2", "-w", "-fwrapv", "-fno-strict-aliasing",
	                       "-fno-delete-null-pointer-checks", "-fno-stack-protector",
	                       "-ffp-contract=off", "-pthread"};
	argv[n++] = cc;
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		argv[n++] = fixed[i];
	const char *extra = getenv("MINIGO_CFLAGS");
	if (extra && *extra) {
		char *copy = xstrdup(extra);
		for (char *tok = strtok(copy, " \t"); tok && n < 48; tok = strtok(NULL, " \t"))
			argv[n++] = tok;
	}
	const char *tail[] = {inc, "-o", out, cfile, lib, "-lgc", "-lm", "-Wl,-z,now"};
	for (size_t i = 0; i < sizeof tail / sizeof tail[0]; i++)
		argv[n++] = tail[i];
	argv[n] = NULL;
	pid_t pid = fork();
	if (pid < 0)
		return false;
	if (pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execvp(cc, (char *const *)argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static _Noreturn void cc_failed(const char *cfile, const char *log)
{
	fprintf(stderr,
	        "minigo: internal error: the C compiler rejected the generated code.\n"
	        "This is a bug in minigo, not in your program; please report it with\n"
	        "the program and these files:\n  %s\n  %s\n",
	        cfile, log);
	exit(3);
}

enum { TRIM_EVERY = 24 * 3600, TRIM_UNUSED = 5 * 24 * 3600, TOUCH_EVERY = 3600 };

static void remove_entry(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *p = xprintf("%s/%s", dir, e->d_name);
		unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

/* At most once a day: remove the entries not used for TRIM_UNUSED. */
static void trim_cache(const char *root)
{
	time_t now = time(NULL);
	char *stamp = xprintf("%s/trimmed", root);
	struct stat st;
	if (stat(stamp, &st) == 0 && now - st.st_mtime < TRIM_EVERY)
		return;
	write_file(stamp, "", 0);
	DIR *d = opendir(root);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strlen(e->d_name) != 16)
			continue; /* entries are named by their 16-digit key */
		char *p = xprintf("%s/%s", root, e->d_name);
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode) && now - st.st_mtime > TRIM_UNUSED)
			remove_entry(p);
	}
	closedir(d);
}

/* Builds (or finds in the cache) the executable; returns its path and
 * prints the stored warnings. */
static char *build_cached(Options *o)
{
	char dirname[32];
	snprintf(dirname, sizeof dirname, "%016llx", (unsigned long long)build_key(o));
	char *dir = xprintf("%s/%s", cache_root(), dirname);
	char *exe = xprintf("%s/prog", dir);
	char *warn = xprintf("%s/warnings", dir);
	if (access(exe, X_OK) == 0) {
		struct stat st;
		if (stat(dir, &st) == 0 && time(NULL) - st.st_mtime > TOUCH_EVERY)
			utimes(dir, NULL); /* used: kept by trim_cache */
		size_t n;
		char *w = read_file(warn, &n);
		if (w) {
			fwrite(w, 1, n, stderr);
			free(w);
		}
		return exe;
	}
	Buf warnings = {0};
	bool nothing = false;
	char *c = compile_to_c(o, &warnings, &nothing);
	if (warnings.len)
		fwrite(warnings.s, 1, warnings.len, stderr);
	if (nothing)
		exit(0);
	mkdirs(dir);
	trim_cache(cache_root());
	char *cfile = xprintf("%s/prog.c", dir);
	char *log = xprintf("%s/cc.log", dir);
	char *tmp = xprintf("%s/prog.%d", dir, (int)getpid());
	if (!write_file(cfile, c, strlen(c))) {
		fprintf(stderr, "minigo: cannot write %s: %s\n", cfile, strerror(errno));
		exit(1);
	}
	write_file(warn, warnings.s ? warnings.s : "", warnings.len);
	if (!cc_build(cfile, tmp, log))
		cc_failed(cfile, log);
	if (rename(tmp, exe) != 0) {
		fprintf(stderr, "minigo: cannot write %s: %s\n", exe, strerror(errno));
		exit(1);
	}
	return exe;
}

/* MINIGO_EXEC: a command (words split at blanks) that runs the program,
 * e.g. "qemu-aarch64 -L /usr/aarch64-linux-gnu" for a cross build.  The
 * program's argv[0] is then the executable's path in the cache. */
static int exec_wrapped(const char *wrap, const char *exe, Options *o)
{
	char *copy = xstrdup(wrap);
	char **args = xalloc(sizeof(char *) * (strlen(wrap) + (size_t)o->argc + 3));
	int n = 0;
	for (char *tok = strtok(copy, " \t"); tok; tok = strtok(NULL, " \t"))
		args[n++] = tok;
	args[n++] = (char *)exe;
	for (int i = 0; i < o->argc; i++)
		args[n++] = o->argv[i];
	args[n] = NULL;
	execvp(args[0], args);
	fprintf(stderr, "minigo: cannot run %s (MINIGO_EXEC): %s\n", args[0], strerror(errno));
	return 1;
}

static int cmd_run(int argc, char **argv)
{
	Options o = {0};
	parse_options(argc, argv, &o, false);
	char *exe;
	if (o.files.n == 1 && strcmp(o.files.v[0], "-") == 0) {
		/* Standard input: save it so it can be hashed and read again. */
		size_t len;
		char *src = read_file("-", &len);
		if (!src) {
			fputs("minigo: cannot read standard input\n", stderr);
			return 1;
		}
		char *dir = cache_root();
		mkdirs(dir);
		char *path = xprintf("%s/stdin-%d.go", dir, (int)getpid());
		write_file(path, src, len);
		o.files.v[0] = path;
		exe = build_cached(&o);
		unlink(path);
	} else {
		exe = build_cached(&o);
	}
	fflush(stdout);
	fflush(stderr);
	const char *wrap = getenv("MINIGO_EXEC");
	if (wrap && *wrap)
		return exec_wrapped(wrap, exe, &o);
	char **args = xalloc(sizeof(char *) * (size_t)(o.argc + 2));
	args[0] = o.files.v[0];
	for (int i = 0; i < o.argc; i++)
		args[i + 1] = o.argv[i];
	execv(exe, args);
	fprintf(stderr, "minigo: cannot run %s: %s\n", exe, strerror(errno));
	return 1;
}

static int cmd_build(int argc, char **argv)
{
	Options o = {0};
	parse_options(argc, argv, &o, true);
	if (o.argc > 0) {
		fprintf(stderr, "minigo build: unexpected argument %s\n", o.argv[0]);
		return 2;
	}
	const char *out = o.out;
	if (!out) {
		/* go build names the executable after the first file. */
		const char *base = strrchr(o.files.v[0], '/');
		base = base ? base + 1 : (const char *)o.files.v[0];
		char *name = xstrdup(base);
		char *dot = strrchr(name, '.');
		if (dot)
			*dot = 0;
		out = name;
	}
	Buf warnings = {0};
	char *c = compile_to_c(&o, &warnings, NULL);
	if (warnings.len)
		fwrite(warnings.s, 1, warnings.len, stderr);
	char *dir = xprintf("%s/build-%d", cache_root(), (int)getpid());
	mkdirs(dir);
	char *cfile = xprintf("%s/prog.c", dir);
	char *log = xprintf("%s/cc.log", dir);
	write_file(cfile, c, strlen(c));
	if (!cc_build(cfile, out, log))
		cc_failed(cfile, log);
	unlink(cfile);
	unlink(log);
	rmdir(dir);
	return 0;
}

static int cmd_translate(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[0], "-lib") == 0) {
		diag_buffered = true;
		Program *prog = tc_check_library(argv[1]);
		diag_flush();
		if (diag_errors || !prog)
			return 1;
		Buf c = {0};
		ce_emit_program(prog, &c, true);
		fwrite(c.s, 1, c.len, stdout);
		return 0;
	}
	Options o = {0};
	parse_options(argc, argv, &o, false);
	Buf warnings = {0};
	char *c = compile_to_c(&o, &warnings, NULL);
	if (warnings.len)
		fwrite(warnings.s, 1, warnings.len, stderr);
	fputs(c, stdout);
	return 0;
}

int main(int argc, char **argv)
{
	diag_out = stderr;
	find_libdir();
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	const char *cmd = argv[1];
	argc -= 2;
	argv += 2;
	if (strcmp(cmd, "run") == 0)
		return cmd_run(argc, argv);
	if (strcmp(cmd, "build") == 0)
		return cmd_build(argc, argv);
	if (strcmp(cmd, "translate") == 0)
		return cmd_translate(argc, argv);
	if (strcmp(cmd, "parse") == 0)
		return cmd_parse(argc, argv);
	if (strcmp(cmd, "version") == 0) {
		printf("minigo version %s\n", MINIGO_VERSION);
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
		usage(stdout);
		return 0;
	}
	fprintf(stderr, "minigo: unknown command %s\n\n", cmd);
	usage(stderr);
	return 2;
}
