fmt.Println("one")
fmt.Println("a" "b")
