import . "strings"

fmt.Println(ToUpper("dot import"), Repeat("-", 3), Contains("abc", "b"))
