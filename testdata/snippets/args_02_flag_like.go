// arguments that look like flags reach the program (minigo run FILE -- ARGS)
verbose := false
var rest []string
for _, a := range os.Args[1:] {
	if a == "-v" || a == "--verbose" {
		verbose = true
		continue
	}
	rest = append(rest, a)
}
fmt.Println("verbose:", verbose, "rest:", rest)
n, err := strconv.Atoi(rest[len(rest)-1])
fmt.Println(n*2, err)
