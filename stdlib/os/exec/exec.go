// Package exec runs external commands.  Starting a process and waiting for
// it are blocking system calls that hand the processor off (the runtime's
// syscall state), so other goroutines keep running meanwhile; output is
// copied from pipes by goroutines of the program.
package exec

import (
	"errors"
	"io"
	"os"
)

// Implemented in C (exec.c).
func spawn(path string, argv []string, env []string, dir string, stdin, stdout, stderr int) int
func pipe() int
func closefd(fd int)
func devnull() int
func wait(pid int) int
func lookpath(file string) string
func environ() []string

// ErrNotFound is the error resulting if a path search failed to find an executable file.
var ErrNotFound = errors.New("executable file not found in $PATH")

// Error is returned by LookPath when it fails to classify a file as an executable.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return "exec: " + quote(e.Name) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

func quote(s string) string {
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return string(append(b, '"'))
}

// An ExitError reports an unsuccessful exit by a command.
type ExitError struct {
	*os.ProcessState
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// Cmd represents an external command being prepared or run.
type Cmd struct {
	Path         string
	Args         []string
	Env          []string
	Dir          string
	Stdin        io.Reader
	Stdout       io.Writer
	Stderr       io.Writer
	Process      *os.Process
	ProcessState *os.ProcessState
	Err          error

	closeAfter []int
	copies     int
	done       chan error
	finished   bool
}

func hasSlash(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return true
		}
	}
	return false
}

// LookPath searches for an executable named file in the directories of PATH.
func LookPath(file string) (string, error) {
	p := lookpath(file)
	if p == "" {
		return "", &Error{file, ErrNotFound}
	}
	return p, nil
}

// Command returns the Cmd struct to execute the named program with the given arguments.
func Command(name string, arg ...string) *Cmd {
	c := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if !hasSlash(name) {
		p := lookpath(name)
		if p == "" {
			c.Err = &Error{name, ErrNotFound}
		} else {
			c.Path = p
		}
	}
	return c
}

// String returns a human-readable description of c.
func (c *Cmd) String() string {
	s := c.Path
	for _, a := range c.Args[1:] {
		s += " " + a
	}
	return s
}

func (c *Cmd) childIn() (int, error) {
	if c.Stdin == nil {
		fd := devnull()
		c.closeAfter = append(c.closeAfter, fd)
		return fd, nil
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return int(f.Fd()), nil
	}
	p := pipe()
	if p < 0 {
		return -1, errors.New("pipe failed")
	}
	r, w := p>>32, p&0xffffffff
	c.closeAfter = append(c.closeAfter, r)
	c.copies++
	src := c.Stdin
	go func() {
		var err error
		buf := make([]byte, 32*1024)
		out := os.NewFile(uintptr(w), "|1")
		for {
			n, rerr := src.Read(buf)
			if n > 0 {
				if _, werr := out.Write(buf[:n]); werr != nil {
					break
				}
			}
			if rerr != nil {
				if rerr != io.EOF {
					err = rerr
				}
				break
			}
		}
		closefd(w)
		c.done <- err
	}()
	return r, nil
}

func (c *Cmd) childOut(w io.Writer) (int, error) {
	if w == nil {
		fd := devnull()
		c.closeAfter = append(c.closeAfter, fd)
		return fd, nil
	}
	if f, ok := w.(*os.File); ok {
		return int(f.Fd()), nil
	}
	p := pipe()
	if p < 0 {
		return -1, errors.New("pipe failed")
	}
	r, wfd := p>>32, p&0xffffffff
	c.closeAfter = append(c.closeAfter, wfd)
	c.copies++
	go func() {
		var err error
		in := os.NewFile(uintptr(r), "|0")
		buf := make([]byte, 32*1024)
		for {
			n, rerr := in.Read(buf)
			if n > 0 {
				if _, werr := w.Write(buf[:n]); werr != nil && err == nil {
					err = werr
				}
			}
			if rerr != nil {
				break
			}
		}
		closefd(r)
		c.done <- err
	}()
	return wfd, nil
}

// Start starts the specified command but does not wait for it to complete.
func (c *Cmd) Start() error {
	if c.Err != nil {
		return c.Err
	}
	if c.Process != nil {
		return errors.New("exec: already started")
	}
	c.done = make(chan error, 3)
	in, err := c.childIn()
	if err != nil {
		return err
	}
	out, err := c.childOut(c.Stdout)
	if err != nil {
		return err
	}
	var errfd int
	if c.Stderr != nil && c.Stderr == c.Stdout {
		errfd = out
	} else {
		errfd, err = c.childOut(c.Stderr)
		if err != nil {
			return err
		}
	}
	env := c.Env
	if env == nil {
		env = environ()
	}
	pid := spawn(c.Path, c.Args, env, c.Dir, in, out, errfd)
	for _, fd := range c.closeAfter {
		closefd(fd)
	}
	c.closeAfter = nil
	if pid < 0 {
		return &os.PathError{Op: "fork/exec", Path: c.Path, Err: errors.New(os.ErrnoString(-pid))}
	}
	c.Process = &os.Process{Pid: pid}
	return nil
}

// Wait waits for the command to exit and for its output to be copied.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.finished {
		return errors.New("exec: Wait was already called")
	}
	c.finished = true
	status := wait(c.Process.Pid)
	var copyErr error
	for i := 0; i < c.copies; i++ {
		if err := <-c.done; err != nil && copyErr == nil {
			copyErr = err
		}
	}
	if status < 0 {
		return errors.New("wait: " + os.ErrnoString(-status))
	}
	c.ProcessState = os.NewProcessState(c.Process.Pid, status)
	if !c.ProcessState.Success() {
		return &ExitError{ProcessState: c.ProcessState}
	}
	return copyErr
}

// Run starts the command and waits for it to complete.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

type buffer struct {
	b []byte
}

func (b *buffer) Write(p []byte) (int, error) {
	b.b = append(b.b, p...)
	return len(p), nil
}

// Output runs the command and returns its standard output.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout, stderr buffer
	c.Stdout = &stdout
	captureErr := c.Stderr == nil
	if captureErr {
		c.Stderr = &stderr
	}
	err := c.Run()
	if err != nil && captureErr {
		if ee, ok := err.(*ExitError); ok {
			ee.Stderr = stderr.b
		}
	}
	return stdout.b, err
}

// CombinedOutput runs the command and returns its standard output and standard error.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.b, err
}
