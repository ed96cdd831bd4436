// a top-level var is a package-level declaration: it is initialised before
// the wrapped statements run, whatever its place in the snippet
fmt.Println("first statement")

var config = load()

func load() string {
	fmt.Println("load() runs during package initialisation")
	return "loaded"
}

fmt.Println("config:", config)
