// sys_minigo.go — what Go's time takes from syscall and runtime, for the
// ported zone code (go_zoneinfo*.go): the environment, reading a zone file,
// errno values as errors.  The C half is time.c; the environment and errno
// texts are os.c's (os_getenv, os_errnoString), so TZ and ZONEINFO see what
// os.Setenv set, as in Go.  There is no GOROOT: the zoneinfo.zip fallback of
// Go is not consulted (ZONEINFO may still name a directory or a zip file).
package time

import "errors"

// Implemented in C (time.c).
func getenvC(key string) string
func hasenvC(key string) bool
func sysOpen(name string) int                   // fd, or -errno
func sysRead(fd int, b []byte) int              // bytes, 0 at EOF, or -errno
func sysClose(fd int)                           //
func sysSeek(fd int, off int64, whence int) int // 0, or -errno
func errnoString(n int) string

// errno is syscall.Errno: a system call's error number.
type errno int

func (e errno) Error() string { return errnoString(int(e)) }

const errENOENT = errno(2)

func getenv(key string) (string, bool) {
	if !hasenvC(key) {
		return "", false
	}
	return getenvC(key), true
}

func gorootZoneSource() (string, bool) { return "", false }

func open(name string) (uintptr, error) {
	fd := sysOpen(name)
	if fd < 0 {
		return 0, errno(-fd)
	}
	return uintptr(fd), nil
}

func read(fd uintptr, buf []byte) (int, error) {
	n := sysRead(int(fd), buf)
	if n < 0 {
		return -1, errno(-n)
	}
	return n, nil
}

func closefd(fd uintptr) { sysClose(int(fd)) }

func preadn(fd uintptr, buf []byte, off int) error {
	whence := seekStart
	if off < 0 {
		whence = seekEnd
	}
	if e := sysSeek(int(fd), int64(off), whence); e < 0 {
		return errno(-e)
	}
	for len(buf) > 0 {
		m, err := read(fd, buf)
		if m <= 0 {
			if err == nil {
				return errors.New("short read")
			}
			return err
		}
		buf = buf[m:]
	}
	return nil
}
