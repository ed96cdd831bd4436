// a package-level var named strings: strings.N is its field, not the package
var strings = struct{ N int }{3}

fmt.Println(strings.N)
