var values = []interface{}{1, "two", 3.0}
for _, x := range values {
	switch v := x.(type) {
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string")
	default:
		fmt.Println("other")
	}
}
