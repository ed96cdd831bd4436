count := 3
label := "items: "
fmt.Println(label + count)
