// Files and directories: Stat/Lstat, Mkdir, Remove, Rename, ReadDir,
// Getwd/Chdir, Hostname, Chmod, Symlink/Readlink/Link, DirFS.
//
// Written for minigo after Go 1.19's os (stat_linux.go, file_unix.go,
// dir.go, getwd.go): the same errors (*PathError with Go's Op names,
// *LinkError for rename/link/symlink) and the same mode bits.  The system
// calls are one C function per kind (fs.c), run through rt_syscall so that
// a slow file system does not hold the processor.  FileInfo.Sys() is nil:
// there is no syscall package.
package os

import (
	"errors"
	"io"
	"io/fs"
	"sort"
	"time"
)

// Implemented in C (fs.c).  Each returns a result >= 0 or -errno.
func sysPath(op int, a, b string, n int) int
func sysStat(name string, follow bool, out []int64) int
func sysFstat(fd int, out []int64) int
func sysReadlink(name string, buf []byte) int
func sysReaddir(fd int, out *[]string) int
func sysGetwd(buf []byte) int
func sysHostname(buf []byte) int

// The operations of sysPath (fs.c has the same list).
const (
	opMkdir = 1 + iota
	opRmdir
	opUnlink
	opRename
	opChdir
	opChmod
	opSymlink
	opLink
	opTruncate
)

var errFileClosing = errors.New("use of closed file")

// System error numbers met in os's own logic.
var (
	errENOTDIR error = Errno(20)
	errEINVAL  error = Errno(22)
	errEEXIST  error = Errno(17)
)

// A fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     int64
	ino     int64
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// Bits of st_mode (Linux).
const (
	s_IFMT   = 0xf000
	s_IFBLK  = 0x6000
	s_IFCHR  = 0x2000
	s_IFDIR  = 0x4000
	s_IFIFO  = 0x1000
	s_IFLNK  = 0xa000
	s_IFREG  = 0x8000
	s_IFSOCK = 0xc000
	s_ISUID  = 0x800
	s_ISGID  = 0x400
	s_ISVTX  = 0x200
)

// newFileStat is Go's fillFileStatFromSys: raw is sysStat's out.
func newFileStat(name string, raw []int64) *fileStat {
	fs := &fileStat{name: basename(name), size: raw[1], dev: raw[4], ino: raw[5]}
	fs.modTime = time.Unix(raw[2], raw[3])
	m := raw[0]
	fs.mode = FileMode(m & 0777)
	switch m & s_IFMT {
	case s_IFBLK:
		fs.mode |= ModeDevice
	case s_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case s_IFDIR:
		fs.mode |= ModeDir
	case s_IFIFO:
		fs.mode |= ModeNamedPipe
	case s_IFLNK:
		fs.mode |= ModeSymlink
	case s_IFSOCK:
		fs.mode |= ModeSocket
	}
	if m&s_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if m&s_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if m&s_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
	return fs
}

// syscallMode is Go's: permission bits plus setuid, setgid, sticky.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= s_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= s_ISGID
	}
	if i&ModeSticky != 0 {
		o |= s_ISVTX
	}
	return
}

func statOp(op, name string, follow bool) (FileInfo, error) {
	raw := make([]int64, 6)
	if r := sysStat(name, follow, raw); r < 0 {
		return nil, &PathError{Op: op, Path: name, Err: Errno(-r)}
	}
	return newFileStat(name, raw), nil
}

// Stat returns a FileInfo describing the named file (following links).
func Stat(name string) (FileInfo, error) { return statOp("stat", name, true) }

// Lstat returns a FileInfo describing the named file; a symbolic link is
// described, not followed.
func Lstat(name string) (FileInfo, error) { return statOp("lstat", name, false) }

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.fd < 0 { // internal/poll's ErrFileClosing, as Go's fstat says
		return nil, &PathError{Op: "stat", Path: f.name, Err: errFileClosing}
	}
	raw := make([]int64, 6)
	if r := sysFstat(f.fd, raw); r < 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: Errno(-r)}
	}
	return newFileStat(f.name, raw), nil
}

// SameFile reports whether fi1 and fi2 describe the same file (device and
// inode), for FileInfos made by this package.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

func pathErr(op, name string, r int) error {
	if r >= 0 {
		return nil
	}
	return &PathError{Op: op, Path: name, Err: Errno(-r)}
}

func linkErr(op, old, new string, r int) error {
	if r >= 0 {
		return nil
	}
	return &LinkError{op, old, new, Errno(-r)}
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, sysPath(opMkdir, name, "", int(syscallMode(perm))))
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysPath(opUnlink, name, "", 0)
	if e >= 0 {
		return nil
	}
	e1 := sysPath(opRmdir, name, "", 0)
	if e1 >= 0 {
		return nil
	}
	// Both failed: Go reports rmdir's error unless it was ENOTDIR.
	if e1 != -20 {
		e = e1
	}
	return pathErr("remove", name, e)
}

// Rename renames (moves) oldpath to newpath.  As in Go, a directory at
// newpath is an error (EEXIST) even where rename(2) would replace it.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, errEEXIST}
		}
	}
	return linkErr("rename", oldpath, newpath, sysPath(opRename, oldpath, newpath, 0))
}

// Chdir changes the current working directory to dir.
func Chdir(dir string) error { return pathErr("chdir", dir, sysPath(opChdir, dir, "", 0)) }

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, sysPath(opChmod, name, "", int(syscallMode(mode))))
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	return pathErr("truncate", name, sysPath(opTruncate, name, "", int(size)))
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	return linkErr("symlink", oldname, newname, sysPath(opSymlink, oldname, newname, 0))
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	return linkErr("link", oldname, newname, sysPath(opLink, oldname, newname, 0))
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		r := sysReadlink(name, b)
		if r < 0 {
			return "", &PathError{Op: "readlink", Path: name, Err: Errno(-r)}
		}
		if r < n {
			return string(b[:r]), nil
		}
	}
}

// Getwd returns a rooted path name of the current directory.  As Go does,
// $PWD is the answer when it names the same directory as ".".
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	for n := 256; ; n *= 2 {
		b := make([]byte, n)
		r := sysGetwd(b)
		if r == -34 { // ERANGE
			continue
		}
		if r < 0 {
			return "", NewSyscallError("getwd", Errno(-r))
		}
		return string(b[:r]), nil
	}
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	b := make([]byte, 256)
	r := sysHostname(b)
	if r < 0 {
		return "", NewSyscallError("gethostname", Errno(-r))
	}
	return string(b[:r]), nil
}

// readAllDir reads the remaining entries of the directory f: each is the
// d_type byte followed by the name ("." and ".." are left out).
func (f *File) readAllDir() ([]string, error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	if f.dirbuf == nil {
		var ents []string
		if r := sysReaddir(f.fd, &ents); r < 0 {
			return nil, &PathError{Op: "readdirent", Path: f.name, Err: Errno(-r)}
		}
		if ents == nil {
			ents = []string{}
		}
		f.dirbuf = ents
	}
	return f.dirbuf, nil
}

// takeDir returns the next n entries (all for n <= 0), Go's way: io.EOF
// at the end only when n > 0.
func (f *File) takeDir(n int) ([]string, error) {
	ents, err := f.readAllDir()
	if err != nil {
		return nil, err
	}
	if n <= 0 || n > len(ents) {
		n = len(ents)
	}
	f.dirbuf = ents[n:]
	if n == 0 && len(ents) == 0 {
		return nil, io.EOF
	}
	return ents[:n], nil
}

// Readdirnames reads the names of the directory's entries, in directory
// order: all of them for n <= 0, else at most n (io.EOF at the end).
func (f *File) Readdirnames(n int) (names []string, err error) {
	ents, err := f.takeDir(n)
	if err == io.EOF && n <= 0 {
		return []string{}, nil
	}
	for _, e := range ents {
		names = append(names, e[1:])
	}
	if names == nil {
		names = []string{} // never nil, as in Go
	}
	return names, err
}

// ReadDir reads the directory's entries in directory order, as
// Readdirnames does.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	ents, err := f.takeDir(n)
	if err == io.EOF && n <= 0 {
		return []DirEntry{}, nil
	}
	var out []DirEntry
	for _, e := range ents {
		d, err := newDirent(f.name, e)
		if err != nil {
			if IsNotExist(err) {
				continue // removed since it was read, as Go skips it
			}
			return out, err
		}
		out = append(out, d)
	}
	if out == nil {
		out = []DirEntry{}
	}
	return out, err
}

// Readdir is ReadDir with each entry's Lstat FileInfo.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	ents, err := f.ReadDir(n)
	var out []FileInfo
	for _, e := range ents {
		fi, err1 := e.Info()
		if err1 != nil {
			if IsNotExist(err1) {
				continue
			}
			return out, err1
		}
		out = append(out, fi)
	}
	if out == nil {
		out = []FileInfo{}
	}
	return out, err
}

// ReadDir reads the named directory and returns its entries sorted by
// file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// A unixDirent is a DirEntry: its type comes from the directory (d_type),
// Info from Lstat.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func (d *unixDirent) String() string { return formatDirEntry(d) }

// formatDirEntry is Go 1.20's fs.FormatDirEntry ("d dir/", "- file").
func formatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// newDirent is Go's newUnixDirent: an unknown d_type is settled by Lstat.
func newDirent(parent, ent string) (DirEntry, error) {
	typ := dtToType(ent[0])
	name := ent[1:]
	if typ != ^FileMode(0) {
		return &unixDirent{parent: parent, name: name, typ: typ}, nil
	}
	info, err := Lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}
	return &unixDirent{parent: parent, name: name, typ: info.Mode().Type(), info: info}, nil
}

// dtToType maps a Linux d_type to the mode's type bits (^0: unknown).
func dtToType(typ byte) FileMode {
	switch typ {
	case 6: // DT_BLK
		return ModeDevice
	case 2: // DT_CHR
		return ModeDevice | ModeCharDevice
	case 4: // DT_DIR
		return ModeDir
	case 1: // DT_FIFO
		return ModeNamedPipe
	case 10: // DT_LNK
		return ModeSymlink
	case 8: // DT_REG
		return 0
	case 12: // DT_SOCK
		return ModeSocket
	}
	return ^FileMode(0)
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at
// the directory dir (Go 1.19's os/file.go).
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err // nil fs.File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// join returns the path for name in dir.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ { // internal/safefilepath.FromFS (Unix)
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}
