x := 1
fmt.Println(x)
x := 2
fmt.Println(x)
