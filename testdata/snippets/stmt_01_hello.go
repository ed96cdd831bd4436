fmt.Println("hello, snippet")
fmt.Printf("%d + %d = %d\n", 2, 3, 2+3)
