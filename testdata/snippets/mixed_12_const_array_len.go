const N = 4

var squares [N]int

for i := range squares {
	squares[i] = i * i
}
fmt.Println(squares, len(squares))
type Matrix [N][N]int
var m Matrix
m[N-1][0] = 9
fmt.Println(m[N-1])
