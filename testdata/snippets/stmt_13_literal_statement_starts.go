type Point struct{ X, Y int }

func (p Point) Print() { fmt.Println("point", p.X, p.Y) }

type Celsius float64

func (c Celsius) Print() { fmt.Printf("%.1f°C\n", float64(c)) }

Point{1, 2}.Print()
Celsius(21.5).Print()
[]Point{{3, 4}}[0].Print()
map[string]Point{"k": {5, 6}}["k"].Print()
