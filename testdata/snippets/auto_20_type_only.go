// packages used only in types are imported too
func write(w io.Writer, s string) {
	fmt.Fprint(w, s)
}

var timeout time.Duration = 1500000000
var mu *sync.Mutex

write(os.Stdout, "typed as io.Writer\n")
fmt.Println(timeout, mu == nil)
