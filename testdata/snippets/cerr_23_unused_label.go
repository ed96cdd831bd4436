fmt.Println("labels are not variables: an unused one is an error")
done:
for i := 0; i < 2; i++ {
	fmt.Println(i)
}
