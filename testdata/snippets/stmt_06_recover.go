defer func() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
}()
fmt.Println("before panic")
var m map[string]int
m["x"] = 1
fmt.Println("not reached")
