type Item struct {
	Name  string
	Price int
}

items := []Item{{"a", 1}, {"b", 2}}

func total(xs []Item) int {
	t := 0
	for _, x := range xs {
		t += x.Price
	}
	return t
}

for i, it := range items {
	if i > 0 {
		switch {
		case it.Price > 1:
			fmt.Println(it.Name, it.Cost)
		}
	}
}
fmt.Println(total(items))
