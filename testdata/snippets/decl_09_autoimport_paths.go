// filepath, path and fs are imported as goimports would: path/filepath,
// path, io/fs.
fmt.Println(filepath.Join("dir", "sub", "..", "file.go"), filepath.Ext("x.tar.gz"))
fmt.Println(path.Base("/a/b/c"), path.Clean("a//b/./c/.."))
var m fs.FileMode = fs.ModeDir | 0o750
fmt.Println(m, m.IsDir())
