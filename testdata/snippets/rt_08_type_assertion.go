var v interface{} = "a string"
n, ok := v.(int)
fmt.Println(n, ok)
fmt.Println(v.(int))
