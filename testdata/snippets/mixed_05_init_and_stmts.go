var order []string

func init() {
	order = append(order, "init")
}

order = append(order, "main")
fmt.Println(strings.Join(order, " -> "))
