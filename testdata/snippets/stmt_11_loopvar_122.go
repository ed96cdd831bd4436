// Go 1.22 semantics: each iteration has its own i, so the closures print 0 1 2
// (the expectation comes from completed/, which copies i explicitly for Go 1.19)
var fns []func()
for i := 0; i < 3; i++ {
	fns = append(fns, func() { fmt.Print(i, " ") })
}
for _, f := range fns {
	f()
}
fmt.Println()
