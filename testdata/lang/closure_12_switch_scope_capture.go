package main

import "fmt"

func main() {
	var fs []func() string
	for _, v := range []interface{}{1, "s", 2.5} {
		switch x := v.(type) {
		case int:
			fs = append(fs, func() string { return fmt.Sprint("int ", x) })
		case string:
			fs = append(fs, func() string { return "string " + x })
		default:
			fs = append(fs, func() string { return fmt.Sprintf("other %v", x) })
		}
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	if v := 10; v > 5 {
		g := func() int { v++; return v }
		g()
		fmt.Println(v)
	}
}
