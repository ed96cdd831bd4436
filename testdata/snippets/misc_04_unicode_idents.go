π := 3.14159
größe := 2.0
fläche := π * größe * größe
fmt.Printf("%.3f\n", fläche)
type Punkt struct{ X, Y int }
p := Punkt{1, 2}
fmt.Println(p, "héllo, 世界")
