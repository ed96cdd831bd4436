// a snippet that declares func main itself is an ordinary program
var greeting string

func init() {
	greeting = "initialised by init"
}

type Greeter struct{ name string }

func (g Greeter) Greet() string {
	return fmt.Sprintf("%s, %s!", greeting, g.name)
}

func main() {
	g := Greeter{"minigo"}
	fmt.Println(g.Greet())
	fmt.Println(strings.Repeat("=", 10))
}
