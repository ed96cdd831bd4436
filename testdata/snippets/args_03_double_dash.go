// the program's own arguments may contain "--" and flag-like words
fmt.Printf("%q\n", os.Args[1:])
