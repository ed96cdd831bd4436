// Package os: standard files, arguments, environment, exit, files.
package os

import (
	"errors"
	"io"
	"io/fs"
)

// A File is an open file descriptor.
type File struct {
	fd     int
	name   string
	dirbuf []string // directory entries not yet returned (fs.go)
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Implemented in C (os.c).
func runtimeArgs() []string
func write(fd int, b []byte) int
func writeString(fd int, s string) int
func read(fd int, b []byte) int
func exit(code int)
func getenv(key string) string
func hasenv(key string) bool
func setenv(key, value string) int
func unsetenv(key string) int
func getpid() int
func errnoString(n int) string

// checkValid is Go's: a nil *File is ErrInvalid, a closed one ErrClosed.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: Errno(-n)}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n = writeString(f.fd, s)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: Errno(-n)}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: Errno(-n)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Name() string { return f.name }
func (f *File) Fd() uintptr  { return uintptr(f.fd) } // ^uintptr(0) once closed, as Go

// Exit ends the program with the given status, without running deferred calls.
func Exit(code int) { exit(code) }

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string { return getenv(key) }

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) { return getenv(key), hasenv(key) }

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return errors.New("setenv: " + errnoString(e))
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if e := unsetenv(key); e != 0 {
		return errors.New("unsetenv: " + errnoString(e))
	}
	return nil
}

// TempDir is $TMPDIR, or /tmp when it is unset or empty.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}

// Getpid returns the process id.
func Getpid() int { return getpid() }

// Process is a process started by os/exec.
type Process struct {
	Pid int
}

func kill(pid int, sig int) int

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error {
	if r := kill(p.Pid, 9); r < 0 {
		return errors.New(errnoString(-r))
	}
	return nil
}

// ProcessState describes a process that has exited (a wait status).
type ProcessState struct {
	pid    int
	status int
}

// NewProcessState is used by os/exec to record a wait status.
func NewProcessState(pid, status int) *ProcessState { return &ProcessState{pid, status} }

func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the program exited on its own.
func (p *ProcessState) Exited() bool { return p.status&0x7f == 0 }

// ExitCode returns the exit code, or -1 if the process was killed by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	if !p.Exited() {
		return -1
	}
	return (p.status >> 8) & 0xff
}

// Success reports whether the program exited successfully.
func (p *ProcessState) Success() bool { return p.ExitCode() == 0 }

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	if p.Exited() {
		return "exit status " + itoa(p.ExitCode())
	}
	return "signal: " + signalName(p.status&0x7f)
}

func signalName(sig int) string

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// DevNull is the name of the operating system's null device.
const DevNull = "/dev/null"

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File { return &File{fd: int(fd), name: name} }

// ErrnoString is the text of a system error number (for os/exec).
func ErrnoString(n int) string { return errnoString(n) }

// FileMode, FileInfo and DirEntry are io/fs's (as in Go).
type (
	FileMode = fs.FileMode
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

// The mode bits, io/fs's.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

func open(name string, flag int, perm int) int
func closefd(fd int) int
func unlink(name string) int

// Errno is a system error number (Go's syscall.Errno): its text is the
// system's, and errors.Is(err, os.ErrNotExist) / ErrExist /
// ErrPermission work through it.
type Errno uintptr

func (e Errno) Error() string { return errnoString(int(e)) }

func (e Errno) Is(target error) bool {
	switch target {
	case ErrNotExist:
		return e == 2 // ENOENT
	case ErrExist:
		return e == 17 || e == 39 // EEXIST, ENOTEMPTY (as syscall.Errno)
	case ErrPermission:
		return e == 1 || e == 13 // EPERM, EACCES
	}
	return false
}

func errnoErr(op, name string, e int) error {
	return &PathError{Op: op, Path: name, Err: Errno(e)}
}

// OpenFile opens the named file with the given flag (O_RDONLY etc.) and perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := open(name, flag, int(syscallMode(perm)))
	if fd < 0 {
		return nil, errnoErr("open", name, -fd)
	}
	return &File{fd: fd, name: name}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// Close closes the File.
func (f *File) Close() error {
	if err := f.checkValid("close"); err != nil {
		return err
	}
	fd := f.fd
	f.fd = -1
	if r := closefd(fd); r < 0 {
		return errnoErr("close", f.name, -r)
	}
	return nil
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n := read(f.fd, data[len(data):cap(data)])
		if n < 0 {
			return data, errnoErr("read", name, -n)
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}
