s := []int{10, 20, 30}
i := 5
fmt.Println("before")
fmt.Println(s[i])
fmt.Println("not reached")
