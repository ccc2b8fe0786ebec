/*
 * floor — an empty program, linked by bench/run.sh with exactly the
 * libraries regbot's binary needs (its NEEDED entries).  Starting it
 * costs what loading and relocating those libraries costs and nothing
 * else: the floor under every `regbot ingest`, and the part of regbot's
 * peak RSS that its own code cannot change.  Not part of regbot.
 */
int
main(void)
{
	return 0;
}
